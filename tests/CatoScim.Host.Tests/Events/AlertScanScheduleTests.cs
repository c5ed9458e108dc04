using CatoScim.Events.Alerts;
using CatoScim.Host.Tests.Infrastructure;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Host.Tests.Events;

public sealed class AlertScanScheduleTests
{
    [Fact]
    public async Task The_host_registers_alerts_scan_as_an_hourly_recurring_job()
    {
        await using var factory = new CatoScimFactory();
        using var connection = factory.Services.GetRequiredService<JobStorage>().GetConnection();

        var scan = Assert.Single(connection.GetRecurringJobs(), j => j.Id == AlertScanJob.Id);
        Assert.Equal(("5 * * * *", typeof(AlertScanJob)), (scan.Cron, scan.Job.Type));
    }
}
