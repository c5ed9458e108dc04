using System.Diagnostics.Metrics;
using CatoScim.Licensing.Persistence;
using CatoScim.ModuleKit.Telemetry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CatoScim.Licensing.Pool;

/// <summary>
/// Licence pool usage summed over all accounts (no account label: one series per gauge whatever the tenant count),
/// read with one query when a metrics collection asks and never otherwise.
/// </summary>
internal sealed class LicensePoolMetrics
{
    public const string MeterName = "CatoScim.Licensing";

    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger<LicensePoolMetrics> _logger;

    public LicensePoolMetrics(IMeterFactory meters, IServiceScopeFactory scopes, ILogger<LicensePoolMetrics> logger)
    {
        _scopes = scopes;
        _logger = logger;
        var meter = meters.Create(MeterName);
        var snapshot = new CollectionSnapshot<LicensePoolUsage?>(Read, 3);
        meter.CreateObservableGauge("catoscim.licenses.limit", () => Measure(snapshot.Get(0), u => u.Total), "{seat}",
            "ZTNA seats bought, all accounts together.");
        meter.CreateObservableGauge("catoscim.licenses.allocated", () => Measure(snapshot.Get(1), u => u.Allocated), "{seat}",
            "ZTNA seats assigned to users, all accounts together.");
        meter.CreateObservableGauge("catoscim.licenses.pending", () => Measure(snapshot.Get(2), u => u.Pending), "{user}",
            "Users waiting for a seat of an exhausted pool, all accounts together.");
    }

    private static IEnumerable<Measurement<long>> Measure(LicensePoolUsage? usage, Func<LicensePoolUsage, long> value) =>
        usage is null ? [] : [new Measurement<long>(value(usage))];

    private LicensePoolUsage? Read()
    {
        try
        {
            using var scope = _scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<LicensingDbContext>();
            return db.Pools.AsNoTracking()
                .GroupBy(p => 1)
                .Select(g => new LicensePoolUsage(g.Sum(p => (long)p.Total), g.Sum(p => (long)p.Allocated), g.Sum(p => (long)p.Pending)))
                .FirstOrDefault() ?? new LicensePoolUsage(0, 0, 0);
        }
        catch (Exception ex)
        {
            // Down or not migrated yet: nothing is reported this time (the readiness check says why).
            _logger.LogDebug(ex, "Licence pool usage could not be read");
            return null;
        }
    }
}
