using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace CatoScim.ModuleKit.Http;

/// <summary>
/// `PublicOrigin` config (behind a proxy) or else the request's own scheme and host; used to build SCIM Base URLs and,
/// outside a request, the console links of emails.
/// </summary>
public sealed class PublicOrigin(IConfiguration configuration)
{
    /// <summary>The configured origin without a trailing slash; null when requests use their own.</summary>
    public string? Configured => configuration["PublicOrigin"] is { } configured && !string.IsNullOrWhiteSpace(configured)
        ? configured.TrimEnd('/')
        : null;

    public string Resolve(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Configured ?? $"{request.Scheme}://{request.Host}";
    }
}
