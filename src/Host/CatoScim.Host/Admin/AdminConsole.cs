using System.Text.Json;
using CatoScim.Host.GraphQL;
using CatoScim.Host.Transport.StaticAssets;

namespace CatoScim.Host.Admin;

/// <summary>
/// The admin console at `/admin`: a page app embedded in the Host that talks to `/graphql` only, sending the persisted
/// documents of GraphQL/Documents by id (so it also runs where `GraphQL:PersistedDocuments:Only` is set). The files
/// need no key; every screen's data needs one.
/// </summary>
internal static class AdminConsole
{
    public const string Path = "/admin";
    private const string Page = "index.html";
    private static readonly EmbeddedAssets Assets = new("CatoScim.Host.Admin.");

    // Scripts, styles and requests from this origin only; no inline script or style element. Setting element styles
    // from script (the chart, the gauge) is not covered by style-src, so no 'unsafe-inline' is needed.
    private const string ContentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; "
        + "img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static void MapAdminConsole(this WebApplication app)
    {
        app.MapGet(Path + "/documents.json", WriteDocumentsAsync);
        app.MapGet(Path + "/{**file}", (HttpContext http, string? file) => string.IsNullOrEmpty(file) && !http.Request.Path.Value!.EndsWith('/')
            // Relative URLs in the page resolve against /admin/, so a proxy's path base keeps working.
            ? Task.FromResult(Results.Redirect($"{http.Request.PathBase}{Path}/"))
            : WriteAsync(http, string.IsNullOrEmpty(file) ? Page : file));
    }

    private static async Task<IResult> WriteAsync(HttpContext http, string file)
    {
        http.Response.Headers["Referrer-Policy"] = "no-referrer";
        await EmbeddedAssetWriter.WriteAsync(http, Assets.Find(file), ContentSecurityPolicy);
        return Results.Empty;
    }

    private static async Task WriteDocumentsAsync(HttpContext http, PersistedDocuments documents)
    {
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(http.Response.Body, documents.IdsByName, cancellationToken: http.RequestAborted);
    }
}
