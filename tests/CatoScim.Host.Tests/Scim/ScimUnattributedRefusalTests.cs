using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net;
using CatoScim.Host.Tests.GraphQL;
using CatoScim.Host.Tests.Infrastructure;
using CatoScim.ModuleKit.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Host.Tests.Scim;

/// <summary>
/// A refusal costs the request no database write, and one that names no directory of the account is only counted in
/// the `catoscim.scim.refused` metric, never recorded for any tenant.
/// </summary>
public sealed class ScimUnattributedRefusalTests : IAsyncLifetime
{
    private readonly CatoScimFactory _factory = new(settings: new() { ["AuthFailures:Burst"] = "0" }, services: RequestSqlMeter.AddTo);
    private readonly ConcurrentQueue<string> _reasons = new();
    private readonly MeterListener _listener = new();
    private ScimTestClient _scim = null!;

    public async Task InitializeAsync()
    {
        _scim = await _factory.CreateScimClientAsync();
        var meters = _factory.Services.GetRequiredService<IMeterFactory>();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            // Other tests' hosts run in this process too: only this host's meter counts.
            if (instrument.Meter.Scope == meters && instrument.Meter.Name == "CatoScim.Directory" && instrument.Name == "catoscim.scim.refused")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            Assert.Equal(1, value);
            var tag = Assert.Single(tags.ToArray());
            Assert.Equal("reason", tag.Key);
            _reasons.Enqueue((string)tag.Value!);
        });
        _listener.Start();
    }

    public async Task DisposeAsync()
    {
        _listener.Dispose();
        await _factory.DisposeAsync();
    }

    [Fact]
    public async Task Unknown_directories_and_mismatched_accounts_are_counted_in_the_metric_only()
    {
        var other = await _factory.CreateScimClientAsync();
        var http = _factory.CreateClient();
        var paths = new[]
        {
            $"/scim/v2/{_scim.AccountId}/{Guid.NewGuid()}",
            $"/scim/v2/{Guid.NewGuid()}/{Guid.NewGuid()}",
            $"/scim/v2/{other.AccountId}/{_scim.DirectoryId}",
            "/scim/v2/not-a-guid/also-not",
        };
        foreach (var path in paths)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await new ScimTestClient(http, path, _scim.Token, Guid.Empty, Guid.Empty).GetAsync("/Users")).Status);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await _scim.SendAsync(HttpMethod.Get, "/Users", null, bearer: "cst_wrong")).Status);
        await _factory.AdvanceAndFlushAsync(TimeSpan.FromSeconds(75));

        Assert.Equal(["DIRECTORY_UNKNOWN", "DIRECTORY_UNKNOWN", "DIRECTORY_UNKNOWN", "DIRECTORY_UNKNOWN", "TOKEN_UNKNOWN"], _reasons);
        var only = Assert.Single(await RefusalPayloadsAsync());
        Assert.Contains($"\"directoryId\":\"{_scim.DirectoryId}\"", only, StringComparison.Ordinal);
        Assert.Contains("\"reason\":\"TOKEN_UNKNOWN\"", only, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refused_requests_read_and_write_nothing_once_the_credentials_are_cached()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await _scim.SendAsync(HttpMethod.Get, "/Users", null, bearer: "cst_wrong")).Status);
        for (var i = 0; i < 20; i++)
        {
            var refused = await _scim.SendAsync(HttpMethod.Post, "/Users", ScimBodies.OktaUser($"u{i}@acme.com"),
                r => r.Headers.Add(RequestSqlMeter.Header, "refused"), bearer: "cst_wrong");
            Assert.Equal(HttpStatusCode.Unauthorized, refused.Status);
        }

        Assert.Equal(new SqlCost(0, 0), _factory.Services.GetRequiredService<RequestSqlMeter>()["refused"]);
        await _factory.AdvanceAndFlushAsync(TimeSpan.FromSeconds(75));
        var payload = Assert.Single(await RefusalPayloadsAsync());
        Assert.Contains("\"count\":21", payload, StringComparison.Ordinal);
    }

    private Task<List<string>> RefusalPayloadsAsync() => _factory.WithDbAsync(db => db.Set<OutboxMessage>()
        .Where(m => m.Type.Contains("ScimRequestsRefused")).Select(m => m.Payload).ToListAsync());
}
