using CatoScim.Directory.Persistence;
using CatoScim.Directory.Scim.Auth;
using CatoScim.Directory.Users;
using CatoScim.Scim.Protocol;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace CatoScim.Directory.Scim.Users;

/// <summary>RFC 7644 §3.2–3.6 for the User resource.</summary>
internal static class ScimUserEndpoints
{
    public static void Map(RouteGroupBuilder scim)
    {
        scim.MapRead("/Users", async (HttpContext http, ScimUserService users, DirectoryDbContext db, ScimUserReads reads, ScimRequestContext ctx, IOptions<ScimOptions> options) =>
        {
            var query = ScimListQuery.From(name => http.Request.Query[name], options.Value.MaxResults);
            var (total, page) = await users.ListAsync(query, http.RequestAborted);
            var groups = query.Selection.Wants("groups") ? await ScimUserGroups.ForAsync(db, reads, page.ConvertAll(u => u.Id), http.RequestAborted) : null;
            var resources = page.Select(u => query.Selection.Apply(ScimUserJson.Write(u, ctx.BaseUrl, groups: groups?[u.Id]))).ToList<System.Text.Json.Nodes.JsonNode>();
            return ScimResults.Json(ScimListResponse.Build(resources, total, query.StartIndex));
        });

        scim.MapPost("/Users", async (HttpContext http, ScimUserService users, ScimRequestContext ctx, IOptions<ScimOptions> options) =>
        {
            var body = await ScimBody.ReadObjectAsync(http.Request, options.Value.MaxRequestBytes, http.RequestAborted);
            ScimResourceSchemas.Require(body, ScimConstants.UserSchema, "User");
            var user = await users.CreateAsync(body, http.RequestAborted);
            http.Response.Headers.Location = $"{ctx.BaseUrl}/Users/{user.Id}";
            return Resource(http, user, ctx, StatusCodes.Status201Created);
        }).WithMetadata(new ScimOperation("User", "USER_CREATE"));

        scim.MapRead("/Users/{id}", async (string id, HttpContext http, ScimUserService users, DirectoryDbContext db, ScimUserReads reads, ScimRequestContext ctx) =>
        {
            var user = await users.GetAsync(ParseId(id), http.RequestAborted);
            // Before the groups query and the rendering: an IdP polling an unchanged user costs one indexed read.
            var etag = ScimUserJson.ETag(user);
            if (ScimIfNoneMatch.Matches(http.Request.Headers.IfNoneMatch, etag))
            {
                return ScimResults.NotModified(http, etag);
            }

            var selection = ScimAttributeSelection.Parse(http.Request.Query["attributes"], http.Request.Query["excludedAttributes"]);
            var groups = selection.Wants("groups") ? (await ScimUserGroups.ForAsync(db, reads, [user.Id], http.RequestAborted))[user.Id] : null;
            return Resource(http, user, ctx, StatusCodes.Status200OK, groups, selection);
        });

        scim.MapPut("/Users/{id}", async (string id, HttpContext http, ScimUserService users, ScimRequestContext ctx, IOptions<ScimOptions> options) =>
        {
            var body = await ScimBody.ReadObjectAsync(http.Request, options.Value.MaxRequestBytes, http.RequestAborted);
            ScimResourceSchemas.Require(body, ScimConstants.UserSchema, "User");
            var user = await users.ReplaceAsync(ParseId(id, ctx), body, http.Request.Headers.IfMatch, http.RequestAborted);
            return Resource(http, user, ctx, StatusCodes.Status200OK);
        }).WithMetadata(new ScimOperation("User", "USER_REPLACE"));

        scim.MapPatch("/Users/{id}", async (string id, HttpContext http, ScimUserService users, ScimRequestContext ctx, IOptions<ScimOptions> options) =>
        {
            var body = await ScimBody.ReadObjectAsync(http.Request, options.Value.MaxRequestBytes, http.RequestAborted);
            var user = await users.PatchAsync(ParseId(id, ctx), body, http.Request.Headers.IfMatch, http.RequestAborted);
            return WantsMinimal(http.Request) ? NoContent(http, user) : Resource(http, user, ctx, StatusCodes.Status200OK);
        }).WithMetadata(new ScimOperation("User", "USER_PATCH"));

        scim.MapDelete("/Users/{id}", async (string id, HttpContext http, ScimUserService users, ScimRequestContext ctx) =>
        {
            await users.DeleteAsync(ParseId(id, ctx), http.Request.Headers.IfMatch, http.RequestAborted);
            return Results.NoContent();
        }).WithMetadata(new ScimOperation("User", "USER_DELETE"));
    }

    private static IResult Resource(HttpContext http, User user, ScimRequestContext ctx, int status, IEnumerable<ScimUserGroup>? groups = null,
        ScimAttributeSelection? selection = null)
    {
        http.Response.Headers.ETag = ScimUserJson.ETag(user);
        selection ??= ScimAttributeSelection.Parse(http.Request.Query["attributes"], http.Request.Query["excludedAttributes"]);
        return ScimResults.Json(selection.Apply(ScimUserJson.Write(user, ctx.BaseUrl, groups: groups)), status);
    }

    private static IResult NoContent(HttpContext http, User user)
    {
        http.Response.Headers.ETag = ScimUserJson.ETag(user);
        return Results.NoContent();
    }

    /// <summary>RFC 7240 `Prefer: return=minimal`: the client does not want the resource back (RFC 7644 §3.5.2 allows 204).</summary>
    private static bool WantsMinimal(HttpRequest request) =>
        request.Headers["Prefer"].Any(p => p?.Contains("return=minimal", StringComparison.OrdinalIgnoreCase) == true);

    private static Guid ParseId(string id, ScimRequestContext? ctx = null)
    {
        if (Guid.TryParse(id, out var parsed))
        {
            if (ctx is not null)
            {
                ctx.ResourceId = parsed;
            }

            return parsed;
        }

        throw ScimException.NotFound($"User {id} not found.");
    }
}
