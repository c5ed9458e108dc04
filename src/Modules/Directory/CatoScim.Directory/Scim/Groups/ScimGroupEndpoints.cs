using CatoScim.Directory.Groups;
using CatoScim.Directory.Scim.Auth;
using CatoScim.Scim.Protocol;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace CatoScim.Directory.Scim.Groups;

/// <summary>RFC 7644 §3.2–3.6 for the Group resource.</summary>
internal static class ScimGroupEndpoints
{
    public static void Map(RouteGroupBuilder scim)
    {
        scim.MapRead("/Groups", async (HttpContext http, ScimGroupQueries groups, ScimGroupRenderer renderer, ScimRequestContext ctx, IOptions<ScimOptions> options) =>
        {
            var query = ScimListQuery.From(name => http.Request.Query[name], options.Value.MaxResults);
            var (total, page) = await groups.ListAsync(query, http.RequestAborted);
            return await renderer.ListAsync(page, total, query.StartIndex, query.Selection, ctx.BaseUrl, http.RequestAborted);
        });

        scim.MapPost("/Groups", async (HttpContext http, ScimGroupService groups, ScimGroupRenderer renderer, ScimRequestContext ctx, IOptions<ScimOptions> options) =>
        {
            var body = await ScimBody.ReadObjectAsync(http.Request, options.Value.MaxRequestBytes, http.RequestAborted);
            ScimResourceSchemas.Require(body, ScimConstants.GroupSchema, "Group");
            var group = await groups.CreateAsync(body, http.RequestAborted);
            http.Response.Headers.Location = $"{ctx.BaseUrl}/Groups/{group.Id}";
            return await ResourceAsync(http, group, renderer, ctx, StatusCodes.Status201Created);
        }).WithMetadata(new ScimOperation("Group", "GROUP_CREATE"));

        scim.MapRead("/Groups/{id}", async (string id, HttpContext http, ScimGroupQueries groups, ScimGroupRenderer renderer, ScimRequestContext ctx) =>
        {
            var group = await groups.GetAsync(ParseId(id), http.RequestAborted);
            var etag = ScimGroupJson.ETag(group);
            return ScimIfNoneMatch.Matches(http.Request.Headers.IfNoneMatch, etag)
                ? ScimResults.NotModified(http, etag)
                : await ResourceAsync(http, group, renderer, ctx, StatusCodes.Status200OK);
        });

        scim.MapPut("/Groups/{id}", async (string id, HttpContext http, ScimGroupService groups, ScimGroupRenderer renderer, ScimRequestContext ctx, IOptions<ScimOptions> options) =>
        {
            var body = await ScimBody.ReadObjectAsync(http.Request, options.Value.MaxRequestBytes, http.RequestAborted);
            ScimResourceSchemas.Require(body, ScimConstants.GroupSchema, "Group");
            var group = await groups.ReplaceAsync(ParseId(id), body, http.Request.Headers.IfMatch, http.RequestAborted);
            return await ResourceAsync(http, group, renderer, ctx, StatusCodes.Status200OK);
        }).WithMetadata(new ScimOperation("Group", "GROUP_REPLACE"));

        scim.MapPatch("/Groups/{id}", async (string id, HttpContext http, ScimGroupService groups, ScimGroupRenderer renderer, ScimRequestContext ctx, IOptions<ScimOptions> options) =>
        {
            var body = await ScimBody.ReadObjectAsync(http.Request, options.Value.MaxRequestBytes, http.RequestAborted);
            var group = await groups.PatchAsync(ParseId(id), body, http.Request.Headers.IfMatch, http.RequestAborted);
            if (!WantsRepresentation(http.Request))
            {
                http.Response.Headers.ETag = ScimGroupJson.ETag(group);
                return Results.NoContent();
            }

            return await ResourceAsync(http, group, renderer, ctx, StatusCodes.Status200OK);
        }).WithMetadata(new ScimOperation("Group", "GROUP_PATCH"));

        scim.MapDelete("/Groups/{id}", async (string id, HttpContext http, ScimGroupService groups) =>
        {
            await groups.DeleteAsync(ParseId(id), http.Request.Headers.IfMatch, http.RequestAborted);
            return Results.NoContent();
        }).WithMetadata(new ScimOperation("Group", "GROUP_DELETE"));
    }

    private static async Task<IResult> ResourceAsync(HttpContext http, Group group, ScimGroupRenderer renderer, ScimRequestContext ctx, int status)
    {
        http.Response.Headers.ETag = ScimGroupJson.ETag(group);
        var selection = ScimAttributeSelection.Parse(http.Request.Query["attributes"], http.Request.Query["excludedAttributes"]);
        return await renderer.ResourceAsync(group, selection, ctx.BaseUrl, status, http.RequestAborted);
    }

    /// <summary>RFC 7240 `Prefer: return=minimal`: Entra and others take 204 for a PATCH (RFC 7644 §3.5.2).</summary>
    private static bool WantsMinimal(HttpRequest request) =>
        request.Headers["Prefer"].Any(p => p?.Contains("return=minimal", StringComparison.OrdinalIgnoreCase) == true);

    /// <summary>
    /// A membership PATCH answers 204 (RFC 7644 §3.5.2 allows it; Okta and Entra expect it) unless the client asks for
    /// the group with `attributes`/`excludedAttributes` or `Prefer: return=representation`: rendering the members of
    /// every PATCH would make its cost follow the group's size instead of the members the PATCH names.
    /// </summary>
    private static bool WantsRepresentation(HttpRequest request) =>
        !WantsMinimal(request)
        && (request.Query.ContainsKey("attributes") || request.Query.ContainsKey("excludedAttributes")
            || request.Headers["Prefer"].Any(p => p?.Contains("return=representation", StringComparison.OrdinalIgnoreCase) == true));

    private static Guid ParseId(string id) =>
        Guid.TryParse(id, out var parsed) ? parsed : throw ScimException.NotFound($"Group {id} not found.");
}
