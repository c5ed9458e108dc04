using CatoScim.Directory.Contracts.Scim;
using CatoScim.Directory.Persistence;
using CatoScim.Events.Alerts;
using CatoScim.Events.Persistence;
using CatoScim.Host.Tests.Infrastructure;
using CatoScim.ModuleKit.Outbox;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CatoScim.Directory.Contracts.Scim.ScimHealthStatuses;

namespace CatoScim.Host.Tests.Events;

/// <summary>
/// When alert jobs are enqueued. Inside an outbox run the consumer's writes commit only when the whole run does, so an
/// alert's job is enqueued after that commit (the job must find its record), and not at all when the run rolls back;
/// an alert whose job was lost is enqueued again by the hourly scan.
/// </summary>
public sealed class AlertEnqueueTests : IAsyncLifetime
{
    private readonly RecordingJobClient _jobs = new();
    private readonly CatoScimFactory _factory;

    public AlertEnqueueTests() =>
        _factory = new(settings: new() { ["Outbox:DispatcherEnabled"] = "false" }, services: s => s.AddSingleton<IBackgroundJobClient>(_jobs));

    public Task InitializeAsync()
    {
        _jobs.Services = _factory.Services;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private OutboxDispatcher<DirectoryDbContext> Directory => _factory.Services.GetRequiredService<OutboxDispatcher<DirectoryDbContext>>();

    [Fact]
    public async Task A_runs_alert_jobs_are_enqueued_after_its_commit_and_a_rolled_back_run_enqueues_none()
    {
        var (accountId, _) = await _factory.CreateAccountAsync("acme");
        while (await Directory.DispatchBatchAsync(CancellationToken.None) > 0)
        {
        }

        await PublishAsync(TurnedFailing(accountId), TurnedFailing(accountId));
        Assert.Equal(2, await Directory.DispatchBatchAsync(CancellationToken.None));
        Assert.Equal([true, true], _jobs.Enqueued.Select(j => j.Committed));

        // The middle message cannot be delivered: the run rolls back, then the first one goes alone and the poison stops it.
        await PublishAsync(TurnedFailing(accountId), TurnedFailing(accountId), TurnedFailing(accountId));
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
            var poison = await db.Set<OutboxMessage>().Where(m => m.DeliveredAt == null).OrderBy(m => m.Sequence).Skip(1).Select(m => m.Sequence).FirstAsync();
            await db.Set<OutboxMessage>().Where(m => m.Sequence == poison)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.Type, "CatoScim.Nowhere.Missing, CatoScim.Nowhere"));
        }

        Assert.Equal(1, await Directory.DispatchBatchAsync(CancellationToken.None));
        Assert.Equal([true, true, true], _jobs.Enqueued.Select(j => j.Committed));
        await using var check = _factory.Services.CreateAsyncScope();
        var alerts = await check.ServiceProvider.GetRequiredService<EventsDbContext>().Alerts.Select(a => a.Id).ToListAsync();
        Assert.Equal(alerts.Order(), _jobs.Enqueued.Select(j => j.AlertId).Order());
    }

    [Fact]
    public async Task The_scan_enqueues_again_only_the_alerts_whose_job_never_ran_or_died_mid_send()
    {
        var now = _factory.Time.GetUtcNow().UtcDateTime;
        var old = now.AddMinutes(-20);
        var lost = Alert(AlertStatus.Queued, old, null);
        var diedMidSend = Alert(AlertStatus.Sending, old, old);
        await _factory.AddAsync(lost, diedMidSend, Alert(AlertStatus.Queued, now.AddMinutes(-1), null), Alert(AlertStatus.Sending, old, now.AddMinutes(-1)),
            Alert(AlertStatus.Failed, old, old), Alert(AlertStatus.Sent, old, old), Alert(AlertStatus.Skipped, old, old));

        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            await ActivatorUtilities.CreateInstance<AlertScanJob>(scope.ServiceProvider).RunAsync(CancellationToken.None);
        }

        Assert.Equal(new[] { lost.Id, diedMidSend.Id }.Order(), _jobs.Enqueued.Select(j => j.AlertId).Order());
    }

    private static AlertRecord Alert(AlertStatus status, DateTime queuedAt, DateTime? claimedAt) => new()
    {
        Id = Guid.CreateVersion7(),
        AccountId = Guid.NewGuid(),
        Kind = AlertKind.DirectoryFailing,
        Key = $"test:{Guid.NewGuid()}",
        Subject = "s",
        Body = "b",
        RaisedAt = queuedAt,
        QueuedAt = queuedAt,
        Status = status,
        ClaimedAt = claimedAt,
    };

    private async Task PublishAsync(params ScimDirectoryHealthChanged[] notifications)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
        foreach (var notification in notifications)
        {
            db.Publish(notification, notification.OccurredAt);
        }

        await db.SaveChangesAsync();
    }

    private ScimDirectoryHealthChanged TurnedFailing(Guid accountId) =>
        new(accountId, Guid.NewGuid(), Healthy, Failing, ScimRefusalReasons.TokenUnknown, 3, 3, _factory.Time.GetUtcNow().UtcDateTime);
}
