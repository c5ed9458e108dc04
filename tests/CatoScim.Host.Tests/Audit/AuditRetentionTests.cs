using CatoScim.Events.Audit;
using CatoScim.Host.Tests.Infrastructure;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Host.Tests.Audit;

public sealed class AuditRetentionTests
{
    [Fact]
    public async Task Retention_purges_records_older_than_the_setting_in_a_daily_job()
    {
        await using var factory = new CatoScimFactory(settings: new() { ["Events:AuditRetentionDays"] = "30" });
        var account = Guid.NewGuid();
        var now = factory.Time.GetUtcNow().UtcDateTime;
        await factory.SeedAsync([
            .. Enumerable.Range(0, AuditRetention.BatchSize + 5).Select(i => AuditFeedTests.Change(account, now.AddDays(-31).AddSeconds(i), targetId: $"old{i}")),
            AuditFeedTests.Change(account, now.AddDays(-29), targetId: "kept"),
        ]);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await ActivatorUtilities.CreateInstance<AuditRetentionJob>(scope.ServiceProvider).PurgeAsync(CancellationToken.None);
        }

        Assert.Equal(["kept"], (await factory.AuditRowsAsync()).Where(r => r.AccountId == account).Select(r => r.TargetId));
        using var connection = factory.Services.GetRequiredService<JobStorage>().GetConnection();
        Assert.Contains(connection.GetRecurringJobs(), j => j.Id == AuditRetentionJob.Id && j.Cron == Cron.Daily(3, 37));
    }
}
