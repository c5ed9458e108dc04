using System.Net;
using System.Net.Sockets;
using System.Text;
using CatoScim.Host.Tests.Infrastructure;
using static CatoScim.Host.Tests.Infrastructure.ScimBodies;

namespace CatoScim.Host.Tests.Scim;

/// <summary>
/// `Scim:MaxConcurrentRequests` per directory: a request over it is 429 with Retry-After while the directory's earlier
/// requests are still in progress (here, bodies that have not finished arriving), other directories are served at
/// once, and the permits come back when those requests end.
/// </summary>
public sealed class ScimConcurrencyLimitTests : IAsyncLifetime
{
    private readonly CatoScimFactory _factory = new(settings: new()
    {
        ["Scim:RateLimitPerSecond"] = "0",
        ["Scim:MaxConcurrentRequests"] = "2",
    });

    private ScimTestClient _okta = null!;
    private ScimTestClient _entra = null!;
    private int _port;

    public async Task InitializeAsync()
    {
        // Over Kestrel, with raw sockets: a request counts from its headers, before its body has arrived.
        _port = FreePorts.Next();
        _factory.UseKestrel(o =>
        {
            o.Listen(IPAddress.Loopback, _port);
            // Kestrel ends a body slower than 240 bytes a second after a 5 s grace, and the permits come back then; on a
            // loaded machine the probes below may start that late (the suspected cause of one CI run that timed out with
            // every probe answered 200).
            o.Limits.MinRequestBodyDataRate = null;
        });
        _factory.StartServer();
        _okta = await _factory.CreateScimClientAsync();
        _entra = await _factory.CreateScimClientAsync(_okta.AccountId, provider: "Entra");
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Over_the_limit_a_directory_is_429_until_its_slow_requests_end_and_another_directory_is_served()
    {
        var held = new List<TcpClient>();
        try
        {
            foreach (var name in new[] { "slow1@acme.com", "slow2@acme.com" })
            {
                held.Add(await StartUploadAsync(name));
            }

            var refused = await Eventually.AssertAsync(() => _okta.GetAsync("/ServiceProviderConfig"),
                r => r.Status == HttpStatusCode.TooManyRequests, "a third request of the directory refused while two are in progress");
            Assert.Equal("1", Assert.Single(refused.Headers.GetValues("Retry-After")));
            Assert.Contains("in progress", refused.Str("detail"), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await _entra.GetAsync("/Users")).Status);
        }
        finally
        {
            held.ForEach(c => c.Dispose());
        }

        await Eventually.AssertAsync(() => _okta.GetAsync("/Users"), r => r.Status == HttpStatusCode.OK, "the permits back once the uploads ended");
    }

    /// <summary>A POST whose headers and first bytes are sent, the rest of its body never: a client uploading slowly.</summary>
    private async Task<TcpClient> StartUploadAsync(string userName)
    {
        var body = Encoding.UTF8.GetBytes(OktaUser(userName));
        var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, _port);
        var head = $"POST {_okta.BasePath}/Users HTTP/1.1\r\nHost: 127.0.0.1:{_port}\r\nAuthorization: Bearer {_okta.Token}\r\n"
            + $"Content-Type: application/scim+json\r\nContent-Length: {body.Length}\r\n\r\n";
        await tcp.GetStream().WriteAsync(Encoding.ASCII.GetBytes(head).Concat(body.Take(10)).ToArray());
        return tcp;
    }
}
