using CatoScim.Directory.Contracts.Scim;
using CatoScim.Directory.Persistence;
using CatoScim.Events.Alerts;
using CatoScim.Host.Tests.Infrastructure;
using CatoScim.ModuleKit.Outbox;
using Hangfire;
using Hangfire.States;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CatoScim.Directory.Contracts.Scim.ScimHealthStatuses;

namespace CatoScim.Host.Tests.Events;

/// <summary>Sending is idempotent: a failed send is retried by Hangfire, and neither a rerun of the job nor a redelivery sends again.</summary>
public sealed class AlertDeliveryTests : IAsyncLifetime
{
    private AlertTestHost _alerts = null!;

    public async Task InitializeAsync() => _alerts = await AlertTestHost.StartAsync("ops@acme.com");

    public async Task DisposeAsync() => await _alerts.DisposeAsync();

    /// <summary>The retry Hangfire schedules is enqueued at once (the dashboard's "Enqueue now") rather than after its back-off.</summary>
    [Fact]
    public async Task A_failed_send_is_retried_by_hangfire_and_sent_once_and_neither_a_rerun_nor_a_redelivery_sends_again()
    {
        var okta = await _alerts.DirectoryAsync("Okta US");
        _alerts.Smtp.Reject = true;
        await _alerts.PublishDirectoryAsync(new ScimDirectoryHealthChanged(_alerts.AccountId, okta, Healthy, Failing,
            ScimRefusalReasons.TokenExpired, 4, 4, _alerts.Now));
        var failed = Assert.Single(await _alerts.SettledAlertsAsync());
        Assert.Equal((AlertStatus.Failed, 1), (failed.Status, failed.Attempts));
        Assert.Contains("test server refuses mail", failed.Error, StringComparison.Ordinal);
        var jobId = await Eventually.AssertAsync(() => Task.FromResult(ScheduledAlertJob()), id => id is not null, "the alert job's scheduled retry");
        var history = await _alerts.Hangfire.WaitForStateAsync(jobId!, ScheduledState.StateName);
        Assert.Contains("could not be sent", history.Single(h => h.StateName == FailedState.StateName).Data["ExceptionMessage"], StringComparison.Ordinal);
        Assert.Empty(_alerts.Smtp.Messages);

        _alerts.Smtp.Reject = false;
        Assert.True(_alerts.Hangfire.Client.Requeue(jobId));
        await _alerts.Hangfire.WaitForStateAsync(jobId!, SucceededState.StateName);
        var mail = Assert.Single(_alerts.Smtp.Messages);
        Assert.Equal("[acme] SCIM provisioning from \"Okta US\" (OKTA) is failing", mail.Subject);
        var sent = Assert.Single(await _alerts.AlertsAsync());
        Assert.Equal((AlertStatus.Sent, 2, null), (sent.Status, sent.Attempts, sent.Error));

        var rerun = _alerts.Hangfire.Client.Enqueue<AlertSendJob>(j => j.SendAsync(sent.Id, "DIRECTORY_FAILING", CancellationToken.None));
        await _alerts.Hangfire.WaitForStateAsync(rerun, SucceededState.StateName);

        // Redelivery of everything the Directory outbox ever delivered, as `outbox redrive` would do.
        await using (var scope = _alerts.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DirectoryDbContext>().Set<OutboxMessage>()
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.DeliveredAt, (DateTime?)null));
        }

        Assert.Single(await _alerts.SettledAlertsAsync());
        Assert.Single(_alerts.Smtp.Messages);
    }

    private string? ScheduledAlertJob() => _alerts.Hangfire.Storage.GetMonitoringApi().ScheduledJobs(0, 10)
        .Where(j => j.Value.Job?.Type == typeof(AlertSendJob)).Select(j => j.Key).SingleOrDefault();
}
