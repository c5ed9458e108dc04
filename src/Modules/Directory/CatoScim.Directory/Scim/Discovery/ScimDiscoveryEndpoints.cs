using System.Text.Json.Nodes;
using CatoScim.Directory.Scim.Auth;
using CatoScim.Scim.Protocol;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace CatoScim.Directory.Scim.Discovery;

/// <summary>RFC 7644 §4: what this service implements, so clients such as Okta can adapt.</summary>
internal static class ScimDiscoveryEndpoints
{
    public static void Map(RouteGroupBuilder scim)
    {
        // RFC 7644 §4: a filter here SHOULD get a 403, so a client never takes the full document for a filtered one.
        var discovery = scim.MapGroup(string.Empty).AddEndpointFilter((context, next) =>
            context.HttpContext.Request.Query.ContainsKey("filter")
                ? ValueTask.FromResult<object?>(ScimResults.Error(StatusCodes.Status403Forbidden, "Discovery endpoints take no filter (RFC 7644 §4); request the whole document."))
                : next(context));

        discovery.MapRead("/ServiceProviderConfig", (ScimRequestContext ctx, IOptions<ScimOptions> options) =>
            ScimResults.Json(ServiceProviderConfigDocument.Build(ctx.BaseUrl, options.Value.MaxResults, etagSupported: true)));

        discovery.MapRead("/ResourceTypes", (ScimRequestContext ctx) =>
        {
            var all = ResourceTypesDocument.All(ctx.BaseUrl);
            return ScimResults.Json(ScimListResponse.Build(all.ToList<JsonNode>(), all.Count));
        });

        discovery.MapRead("/ResourceTypes/{name}", (string name, ScimRequestContext ctx) =>
            ResourceTypesDocument.Find(ctx.BaseUrl, name) is { } type ? ScimResults.Json(type)
                : ScimResults.Error(StatusCodes.Status404NotFound, $"Resource type '{name}' is not supported; see /ResourceTypes."));

        discovery.MapRead("/Schemas", (ScimRequestContext ctx) =>
        {
            var all = SchemasDocument.All(ctx.BaseUrl);
            return ScimResults.Json(ScimListResponse.Build(all.ToList<JsonNode>(), all.Count));
        });

        discovery.MapRead("/Schemas/{urn}", (string urn, ScimRequestContext ctx) =>
            SchemasDocument.Find(ctx.BaseUrl, urn) is { } schema ? ScimResults.Json(schema)
                : ScimResults.Error(StatusCodes.Status404NotFound, $"Schema '{urn}' is not supported; see /Schemas."));
    }
}
