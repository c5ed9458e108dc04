using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace CatoScim.Host.Transport;

/// <summary>
/// Reverse-proxy and TLS defaults. X-Forwarded-For/Proto/Host are honoured from loopback (a proxy on the same
/// machine) and from `ForwardedHeaders:KnownProxies` / `KnownNetworks`, so Base URLs, client addresses and the scheme
/// are right behind a proxy without `PublicOrigin`; from anyone else they are ignored.
/// </summary>
internal static class TransportSetup
{
    private const string RequestLineKey = "Kestrel:Limits:MaxRequestLineSize";

    // Kestrel answers a request line over its limit with a bare 414 before the app sees it. At its default of 8 KiB
    // that caught filters the SCIM layer would have refused with a SCIM error saying which limit (Scim:MaxFilterLength
    // is 4,096 characters, which percent-encoding can triple); 64 KiB lets those through, and still bounds a header.
    private const int RequestLineBytes = 64 * 1024;

    public static IServiceCollection AddCatoScimTransport(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration[RequestLineKey] is null)
        {
            services.Configure<KestrelServerOptions>(o => o.Limits.MaxRequestLineSize = RequestLineBytes);
        }

        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            o.ForwardLimit = configuration.GetValue("ForwardedHeaders:ForwardLimit", 1);
            foreach (var proxy in configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
            {
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in configuration.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [])
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }

            foreach (var host in configuration.GetSection("ForwardedHeaders:AllowedHosts").Get<string[]>() ?? [])
            {
                o.AllowedHosts.Add(host);
            }
        });
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(configuration.GetValue("Https:HstsMaxAgeDays", 365)));
        services.AddHttpsRedirection(o => o.HttpsPort = configuration.GetValue<int?>("Https:Port"));
        return services;
    }

    public static void UseCatoScimTransport(this WebApplication app)
    {
        if (app.Configuration.GetValue("ForwardedHeaders:Enabled", true))
        {
            app.UseForwardedHeaders();
        }

        if (app.Configuration.GetValue("Https:Hsts", false))
        {
            app.UseHsts();
        }

        if (app.Configuration.GetValue("Https:Redirect", false))
        {
            app.UseHttpsRedirection();
        }
    }

    /// <summary>True when a proxy said who the client is (applied or not): such a request is never "local".</summary>
    public static bool IsForwarded(HttpRequest request) =>
        request.Headers.ContainsKey("X-Forwarded-For") || request.Headers.ContainsKey("X-Original-For")
        || request.Headers.ContainsKey("Forwarded") || request.Headers.ContainsKey("X-Forwarded-Host");
}
