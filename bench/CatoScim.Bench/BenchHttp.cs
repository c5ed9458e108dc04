using System.Net;

namespace CatoScim.Bench;

internal static class BenchHttp
{
    /// <summary>One client for the whole run, with enough connections that workers never queue for a socket.</summary>
    public static HttpClient Create(BenchOptions options)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = Math.Max(1, options.Concurrency),
            ConnectTimeout = options.Timeout,
            // Proxies and redirects would measure (and send traffic to) something other than the Host.
            UseProxy = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
        };
        return new HttpClient(handler, disposeHandler: true) { Timeout = options.Timeout };
    }
}
