namespace CatoScim.Host.Transport.StaticAssets;

/// <summary>Writes an embedded file with its ETag (304 when the browser has it), gzip when accepted, and the page's CSP.</summary>
internal static class EmbeddedAssetWriter
{
    public static async Task WriteAsync(HttpContext http, EmbeddedAsset? asset, string contentSecurityPolicy)
    {
        var response = http.Response;
        if (asset is null)
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        response.Headers.ContentSecurityPolicy = contentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "no-cache";
        response.Headers.ETag = asset.ETag;
        response.Headers.Vary = "Accept-Encoding";
        if (http.Request.Headers.IfNoneMatch == asset.ETag)
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.ContentType = asset.ContentType;
        if (http.Request.GetTypedHeaders().AcceptEncoding.Any(e => e.Value.Equals("gzip", StringComparison.OrdinalIgnoreCase) && e.Quality != 0))
        {
            var gzip = asset.Gzip;
            response.Headers.ContentEncoding = "gzip";
            response.ContentLength = gzip.Length;
            await response.Body.WriteAsync(gzip, http.RequestAborted);
            return;
        }

        await using var content = asset.Open();
        response.ContentLength = content.Length;
        await content.CopyToAsync(response.Body, http.RequestAborted);
    }
}
