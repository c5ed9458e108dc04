using System.Net.Sockets;
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
        return Configured ?? $"{request.Scheme}://{(request.Host.HasValue ? request.Host.Value : LocalAuthority(request.HttpContext.Connection))}";
    }

    /// <summary>
    /// An HTTP/1.0 request may come without Host, and any request may send it empty (RFC 9110 §7.2): the URLs built from
    /// it would have no host at all, so the address the request came in on stands for it.
    /// </summary>
    private static string LocalAuthority(ConnectionInfo connection) => connection.LocalIpAddress switch
    {
        null => "localhost",
        { AddressFamily: AddressFamily.InterNetworkV6 } ip => $"[{ip}]:{connection.LocalPort}",
        var ip => $"{ip}:{connection.LocalPort}",
    };
}
