using CatoScim.Host.Telemetry;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

namespace CatoScim.Host.Tests.Telemetry;

/// <summary>`/metrics` without a token refuses to start on an address other hosts can reach.</summary>
public sealed class MetricsBindingCheckTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5080", true)]
    [InlineData("http://localhost:5000", true)]
    [InlineData("http://[::1]:5000", true)]
    [InlineData("http://unix:/run/catoscim.sock", true)]
    [InlineData("http://[::]:8080", false)]
    [InlineData("http://0.0.0.0:80", false)]
    [InlineData("http://*:80", false)]
    [InlineData("http://+:80", false)]
    [InlineData("https://catoscim.example.com:443", false)]
    public void Only_loopback_hosts_and_unix_sockets_count_as_loopback(string address, bool loopback) =>
        Assert.Equal(loopback, MetricsBindingCheck.IsLoopback(address));

    [Fact]
    public async Task Starting_on_a_non_loopback_address_fails_and_names_it()
    {
        var check = new MetricsBindingCheck(new BoundServer("http://127.0.0.1:5080", "http://[::]:8080"));
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => check.StartedAsync(CancellationToken.None));
        Assert.Contains("http://[::]:8080", error.Message, StringComparison.Ordinal);
        await new MetricsBindingCheck(new BoundServer("http://127.0.0.1:5080", "http://[::1]:5080")).StartedAsync(CancellationToken.None);
    }

    /// <summary>A server as Kestrel reports itself once bound.</summary>
    private sealed class BoundServer : IServer
    {
        public BoundServer(params string[] addresses)
        {
            var feature = new ServerAddressesFeature();
            foreach (var address in addresses)
            {
                feature.Addresses.Add(address);
            }

            Features.Set<IServerAddressesFeature>(feature);
        }

        public IFeatureCollection Features { get; } = new FeatureCollection();

        public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken)
            where TContext : notnull => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public void Dispose()
        {
        }
    }
}
