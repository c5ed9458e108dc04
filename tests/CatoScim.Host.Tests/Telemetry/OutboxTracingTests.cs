using System.Diagnostics;
using System.Net;
using CatoScim.Directory.Persistence;
using CatoScim.Host.Tests.Infrastructure;
using CatoScim.ModuleKit.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace CatoScim.Host.Tests.Telemetry;

public sealed class OutboxTracingTests
{
    [Fact]
    public async Task An_outbox_delivery_span_links_to_the_scim_request_that_wrote_the_notification()
    {
        var spans = new ExportedItems<Activity>();
        // Traces are on only with an OTLP endpoint; nothing listens on this loopback port, the in-memory exporter is what is read.
        await using var factory = new CatoScimFactory(settings: new() { ["Telemetry:Otlp:Endpoint"] = "http://127.0.0.1:9" },
            services: s => s.ConfigureOpenTelemetryTracerProvider(b => b.AddInMemoryExporter(spans)));
        var scim = await factory.CreateScimClientAsync();
        var traceId = ActivityTraceId.CreateRandom();

        var created = await scim.SendAsync(HttpMethod.Post, "/Users", ScimBodies.OktaUser("ann@acme.com"), r =>
            r.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01"));
        Assert.Equal(HttpStatusCode.Created, created.Status);

        var request = await SpanAsync(spans, a => a.Kind == ActivityKind.Server && a.TraceId == traceId, "the SCIM request's span");
        var delivery = await SpanAsync(spans, a => a.Source.Name == OutboxTracing.SourceName && a.DisplayName == "process UserProvisioned", "the delivery span");
        var link = Assert.Single(delivery.Links);
        Assert.Equal((traceId, request.SpanId), (link.Context.TraceId, link.Context.SpanId));
        Assert.NotEqual(traceId, delivery.TraceId);
        Assert.Equal(ActivityKind.Consumer, delivery.Kind);
        Assert.Equal("directory", delivery.GetTagItem("messaging.destination.name"));
        Assert.Equal($"00-{traceId}-{request.SpanId}-01", Assert.Single(await TraceParentsAsync(factory, "UserProvisioned")));
    }

    [Fact]
    public async Task Without_tracing_no_traceparent_is_stored_with_a_notification()
    {
        await using var factory = new CatoScimFactory();
        var scim = await factory.CreateScimClientAsync();
        var created = await scim.SendAsync(HttpMethod.Post, "/Users", ScimBodies.OktaUser("ann@acme.com"), r =>
            r.Headers.Add("traceparent", $"00-{ActivityTraceId.CreateRandom()}-{ActivitySpanId.CreateRandom()}-01"));
        Assert.Equal(HttpStatusCode.Created, created.Status);

        Assert.Equal([null], await TraceParentsAsync(factory, "UserProvisioned"));
    }

    private static Task<Activity> SpanAsync(ExportedItems<Activity> spans, Func<Activity, bool> match, string what) =>
        Eventually.AssertAsync(() => Task.FromResult(spans.Snapshot().FirstOrDefault(match)), a => a is not null, what)!;

    private static async Task<List<string?>> TraceParentsAsync(CatoScimFactory factory, string notification)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<DirectoryDbContext>().Set<OutboxMessage>().AsNoTracking()
            .Select(m => new { m.Type, m.TraceParent }).ToListAsync();
        return [.. rows.Where(r => OutboxMessage.ShortTypeName(r.Type) == notification).Select(r => r.TraceParent)];
    }
}
