using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CatoScim.Host.Telemetry;

/// <summary>
/// Refuses to start with `/metrics` enabled, no token, and a listening address other than loopback: the loopback rule
/// alone would still hold, but such a deployment almost certainly meant remote scraping and forgot the token. Runs
/// once the server has bound, so it sees the real addresses whichever way they were configured (--urls,
/// ASPNETCORE_HTTP_PORTS, Kestrel:Endpoints).
/// </summary>
internal sealed class MetricsBindingCheck(IServer server) : IHostedLifecycleService
{
    public Task StartedAsync(CancellationToken cancellationToken)
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        if (addresses.FirstOrDefault(a => !IsLoopback(a)) is { } exposed)
        {
            throw new InvalidOperationException(
                $"Telemetry:Prometheus:Enabled is true without Telemetry:Prometheus:Token while listening on {exposed}. " +
                "Set a token, or listen on loopback addresses only.");
        }

        return Task.CompletedTask;
    }

    /// <summary>True for localhost, loopback IPs and Unix sockets; false for wildcards (*, +, 0.0.0.0, [::]) and any other host.</summary>
    internal static bool IsLoopback(string address)
    {
        var binding = BindingAddress.Parse(address);
        if (binding.IsUnixPipe)
        {
            return true;
        }

        var host = binding.Host.Trim('[', ']');
        return string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
