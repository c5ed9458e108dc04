using System.Data.Common;
using CatoScim.Directory.Persistence;
using CatoScim.Events.Persistence;
using CatoScim.Host.Tests.Events;
using CatoScim.Host.Tests.Infrastructure;
using CatoScim.Licensing.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using static CatoScim.Host.Tests.Telemetry.TelemetryTestHost;

namespace CatoScim.Host.Tests.Telemetry;

/// <summary>The gauges read at collection time (outbox backlog, licence pool) and the digest counter.</summary>
public sealed class BackgroundMetricsTests
{
    [Fact]
    public async Task Outbox_backlog_per_module_is_read_with_one_query_per_module_per_collection()
    {
        var queries = new QueryCounter();
        await using var host = new TelemetryTestHost(new() { ["Outbox:DispatcherEnabled"] = "false" }, services =>
        {
            services.ConfigureDbContext<DirectorySqliteDbContext>(o => o.AddInterceptors(queries));
            services.ConfigureDbContext<LicensingSqliteDbContext>(o => o.AddInterceptors(queries));
            services.ConfigureDbContext<EventsSqliteDbContext>(o => o.AddInterceptors(queries));
        });
        await host.Factory.CreateAccountAsync();
        host.Factory.Time.Advance(TimeSpan.FromSeconds(90));

        var (metrics, counted) = queries.During(host.Collect);

        // Three outbox reads (one per module, shared by three gauges) and one for the licence pool.
        Assert.Equal(4, counted);
        // Per account (the first start's `default` and this one): AccountCreated and the audit records of the account and its first key.
        Assert.Equal(new Dictionary<string, long> { ["directory"] = 6, ["licensing"] = 0, ["events"] = 0 }, ByModule(metrics, "catoscim.outbox.pending", p => p.GetGaugeLastValueLong()));
        Assert.Equal(new Dictionary<string, double> { ["directory"] = 90, ["licensing"] = 0, ["events"] = 0 }, ByModule(metrics, "catoscim.outbox.lag", p => p.GetGaugeLastValueDouble()));
        Assert.Equal(new Dictionary<string, long> { ["directory"] = 0, ["licensing"] = 0, ["events"] = 0 }, ByModule(metrics, "catoscim.outbox.dead_lettered", p => p.GetGaugeLastValueLong()));

        Assert.Equal(4, queries.During(host.Collect).Count);
    }

    [Fact]
    public async Task Licence_pool_usage_is_summed_over_accounts_without_account_labels()
    {
        await using var host = new TelemetryTestHost();
        var first = (await host.Factory.CreateAccountAsync("one")).AccountId;
        var second = (await host.Factory.CreateAccountAsync("two")).AccountId;
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LicensingDbContext>();
            await Eventually.AssertAsync(() => db.Pools.CountAsync(p => p.AccountId == first || p.AccountId == second), n => n == 2, "both accounts' pools");
            // The first start's `default` account has an empty pool too; it adds nothing.
            await db.Pools.Where(p => p.AccountId == first).ExecuteUpdateAsync(s => s.SetProperty(p => p.Total, 5).SetProperty(p => p.Allocated, 2));
            await db.Pools.Where(p => p.AccountId == second).ExecuteUpdateAsync(s => s.SetProperty(p => p.Total, 3).SetProperty(p => p.Allocated, 3).SetProperty(p => p.Pending, 1));
        }

        var metrics = host.Collect();
        foreach (var (name, value) in new[] { ("catoscim.licenses.limit", 8L), ("catoscim.licenses.allocated", 5L), ("catoscim.licenses.pending", 1L) })
        {
            var point = Assert.Single(Points(metrics, name));
            Assert.Equal(value, point.GetGaugeLastValueLong());
            Assert.Empty(Tags(point));
        }
    }

    [Fact]
    public async Task Digests_are_counted_by_outcome()
    {
        var pickup = Path.Combine(TestFolders.New(), "mail");
        var telemetry = new TelemetryTestHost(new() { ["Smtp:PickupDirectory"] = pickup });
        await using var digests = await DigestTestHost.StartOnAsync(telemetry.Factory, "ops@acme.com");
        await digests.Factory.AddAsync(EventSeed.Event(digests.AccountId, DigestTestHost.Hour10.AddMinutes(1)));
        digests.At(DigestTestHost.Hour10.AddMinutes(65));
        await digests.RunJobAsync();
        await digests.GraphQL.DataAsync("mutation($a: ID!) { events(accountId: $a) { updateDigestSettings(input: {enabled: false}) { digestSettings { enabled } } } }",
            new { a = digests.AccountId });
        await digests.Factory.AddAsync(EventSeed.Event(digests.AccountId, DigestTestHost.Hour10.AddMinutes(61)));
        digests.At(DigestTestHost.Hour10.AddMinutes(125));
        await digests.RunJobAsync();

        var counted = Points(telemetry.Collect(), "catoscim.digests.sent").ToDictionary(p => Tags(p)["outcome"]!, p => p.GetSumLong());
        Assert.Equal(new Dictionary<string, long> { ["sent"] = 1, ["skipped"] = 1 }, counted);
        Assert.Single(System.IO.Directory.GetFiles(pickup, "*.eml"));
    }

    private static Dictionary<string, T> ByModule<T>(IEnumerable<MetricSnapshot> metrics, string name, Func<MetricPoint, T> value) =>
        Points(metrics, name).ToDictionary(p => Tags(p)["module"]!, value);

    /// <summary>
    /// Counts the queries the module contexts send from inside one call. A background service that starts with the host
    /// (the licence-status backfill) runs in its own execution context, so a query of its that lands during the call is
    /// not counted.
    /// </summary>
    private sealed class QueryCounter : DbCommandInterceptor
    {
        private readonly AsyncLocal<bool> _inside = new();
        private int _count;

        public (T Result, int Count) During<T>(Func<T> call)
        {
            Interlocked.Exchange(ref _count, 0);
            _inside.Value = true;
            try
            {
                var result = call();
                return (result, Volatile.Read(ref _count));
            }
            finally
            {
                _inside.Value = false;
            }
        }

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            Count();
            return base.ReaderExecuting(command, eventData, result);
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Count();
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        private void Count()
        {
            if (_inside.Value)
            {
                Interlocked.Increment(ref _count);
            }
        }
    }
}
