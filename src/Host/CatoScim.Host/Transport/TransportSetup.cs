using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace CatoScim.Host.Transport;

/// <summary>
/// Reverse-proxy and TLS defaults. X-Forwarded-For/Proto/Host are honoured from loopback (a proxy on the same
/// machine) and from `ForwardedHeaders:KnownProxies` / `KnownNetworks`, so Base URLs, client addresses and the scheme
/// are right behind a proxy without `PublicOrigin`; from anyone else they are ignored.
/// </summary>
internal static class TransportSetup
{
    public static IServiceCollection AddCatoScimTransport(this IServiceCollection services, IConfiguration configuration)
    {
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
