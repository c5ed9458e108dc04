using CatoScim.Host.Transport.StaticAssets;

namespace CatoScim.Host.GraphQL.Explorer;

/// <summary>
/// GraphiQL for a browser at `GET /graphql` (`Accept: text/html`, no query), served from files embedded in the Host:
/// nothing comes from a CDN, so it works offline and behind strict egress. The page itself needs no key; it asks for one
/// and sends it as `x-api-key` with every query.
/// </summary>
internal static class GraphQLExplorer
{
    public const string AssetsPath = "/graphql/explorer";
    private const string Page = "index.html";
    private static readonly EmbeddedAssets Assets = new("CatoScim.Host.GraphQL.Explorer.");

    // Scripts, workers and requests from this origin only. Monaco writes its theme and layout into <style> elements, so
    // styles (never scripts) may be inline; workers may also be blob: URLs, which Monaco falls back to.
    private const string ContentSecurityPolicy = "default-src 'none'; script-src 'self'; worker-src 'self' blob:; "
        + "style-src 'self' 'unsafe-inline'; font-src 'self' data:; img-src 'self' data:; connect-src 'self'; "
        + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static void MapGraphQLExplorer(this WebApplication app) =>
        app.MapGet(AssetsPath + "/{file}", (HttpContext http, string file) => WriteAsync(http, file));

    /// <summary>Endpoint filter on `GET /graphql`: a browser asking for a page gets the explorer; anything else runs as a query.</summary>
    public static async ValueTask<object?> ServeToBrowsers(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        if (request.Query.ContainsKey("query") || request.Query.ContainsKey("documentId")
            || !request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase)))
        {
            return await next(context);
        }

        await WriteAsync(context.HttpContext, Page);
        return Results.Empty;
    }

    private static Task WriteAsync(HttpContext http, string file) =>
        EmbeddedAssetWriter.WriteAsync(http, Assets.Find(file), ContentSecurityPolicy);
}
