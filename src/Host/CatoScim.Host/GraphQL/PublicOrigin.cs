namespace CatoScim.Host.GraphQL;

/// <summary>`PublicOrigin` config (behind a proxy) or else the request's own scheme and host; used to build SCIM Base URLs.</summary>
internal sealed class PublicOrigin(IConfiguration configuration)
{
    public string Resolve(HttpRequest request)
    {
        var configured = configuration["PublicOrigin"];
        return string.IsNullOrWhiteSpace(configured) ? $"{request.Scheme}://{request.Host}" : configured.TrimEnd('/');
    }
}
