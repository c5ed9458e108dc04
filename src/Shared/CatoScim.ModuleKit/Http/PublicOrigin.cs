using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace CatoScim.ModuleKit.Http;

/// <summary>`PublicOrigin` config (behind a proxy) or else the request's own scheme and host; used to build SCIM Base URLs.</summary>
public sealed class PublicOrigin(IConfiguration configuration)
{
    public string Resolve(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var configured = configuration["PublicOrigin"];
        return string.IsNullOrWhiteSpace(configured) ? $"{request.Scheme}://{request.Host}" : configured.TrimEnd('/');
    }
}
