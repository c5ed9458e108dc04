using CatoScim.Events.Alerts;
using CatoScim.Events.Persistence;
using CatoScim.Events.Provisioning;
using CatoScim.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Host.Tests.Events;

public sealed class RetentionTests
{
    [Fact]
    public async Task Events_older_than_the_retention_are_deleted_in_batches()
    {
        var log = new SqlCommandLog();
        await using var factory = new CatoScimFactory(settings: new() { ["Events:RetentionDays"] = "30" },
            services: s => s.ConfigureDbContext<EventsSqliteDbContext>(o => o.AddInterceptors(log)));
        var account = Guid.NewGuid();
        var now = factory.Time.GetUtcNow().UtcDateTime;
        await factory.AddAsync([
            .. Enumerable.Range(0, ProvisioningEventsRetention.BatchSize + 5).Select(i => EventSeed.Event(account, now.AddDays(-31).AddSeconds(i))),
            EventSeed.Event(account, now.AddDays(-29), userName: "kept@acme.com"),
        ]);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await ActivatorUtilities.CreateInstance<ProvisioningEventsRetentionJob>(scope.ServiceProvider).PurgeAsync(CancellationToken.None);
        }

        await using var check = factory.Services.CreateAsyncScope();
        var left = await check.ServiceProvider.GetRequiredService<EventsDbContext>().ProvisioningEvents.ToListAsync();
        Assert.Equal("kept@acme.com", Assert.Single(left).DisplayName);
        // BatchSize + 5 old rows: one full batch, then the 5 left, and no third statement.
        Assert.Equal(2, log.Commands.Count(sql => sql.TrimStart().StartsWith("DELETE", StringComparison.OrdinalIgnoreCase)
            && sql.Contains("ProvisioningEvents", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Alerts_raised_before_the_retention_are_deleted()
    {
        await using var factory = new CatoScimFactory(settings: new() { ["Events:RetentionDays"] = "30" });
        var now = factory.Time.GetUtcNow().UtcDateTime;
        await factory.AddAsync(Alert("old", now.AddDays(-31)), Alert("kept", now.AddDays(-29)));

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await ActivatorUtilities.CreateInstance<ProvisioningEventsRetentionJob>(scope.ServiceProvider).PurgeAsync(CancellationToken.None);
        }

        await using var check = factory.Services.CreateAsyncScope();
        Assert.Equal("kept", Assert.Single(await check.ServiceProvider.GetRequiredService<EventsDbContext>().Alerts.ToListAsync()).Key);
    }

    private static AlertRecord Alert(string key, DateTime raisedAt) => new()
    {
        Id = Guid.CreateVersion7(),
        AccountId = Guid.NewGuid(),
        Key = key,
        RaisedAt = raisedAt,
        QueuedAt = raisedAt,
        Status = AlertStatus.Sent,
    };
}
