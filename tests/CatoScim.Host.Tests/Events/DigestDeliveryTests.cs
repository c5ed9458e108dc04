using CatoScim.Events.Digests;
using CatoScim.Host.Tests.Hangfire;
using Hangfire;
using Hangfire.States;
using static CatoScim.Host.Tests.Events.DigestTestHost;

namespace CatoScim.Host.Tests.Events;

/// <summary>Failed sends retried by a real Hangfire server, the per-account switch and the test email, against a real SMTP server.</summary>
public sealed class DigestDeliveryTests : IAsyncLifetime
{
    private readonly TestSmtpServer _smtp = new();
    private DigestTestHost _host = null!;

    public async Task InitializeAsync() => _host = await StartAsync(Smtp(_smtp), "ops@acme.com", "sec@acme.com");

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    /// <summary>
    /// A real Hangfire server runs the digest job: the refused send fails the job, Hangfire's AutomaticRetry schedules
    /// the retry, and the retry sends the digest. The test enqueues the scheduled retry at once (the dashboard's
    /// "Enqueue now") rather than wait out its back-off of 15 to 45 seconds.
    /// </summary>
    [Fact]
    public async Task A_failed_send_fails_the_hangfire_job_and_hangfires_automatic_retry_sends_it_once()
    {
        await _host.Factory.AddAsync(EventSeed.Event(_host.AccountId, Hour10.AddMinutes(1)));
        _host.At(Hour10.AddMinutes(65));
        _smtp.Reject = true;
        using var hangfire = HangfireTestServer.Start(_host.Factory);
        var jobId = hangfire.Client.Enqueue<ProvisioningDigestJob>(j => j.RunAsync(CancellationToken.None));

        var failedRun = await hangfire.WaitForStateAsync(jobId, ScheduledState.StateName);
        Assert.Equal([EnqueuedState.StateName, ProcessingState.StateName, FailedState.StateName, ScheduledState.StateName], failedRun.Select(h => h.StateName));
        Assert.Contains("could not be sent", failedRun[2].Data["ExceptionMessage"], StringComparison.Ordinal);
        Assert.StartsWith("Retry attempt 1 of 5", failedRun[3].Reason, StringComparison.Ordinal);
        Assert.Equal("1", hangfire.Parameter(jobId, "RetryCount"));
        Assert.Empty(_smtp.Messages);
        var failed = Assert.Single(await _host.DigestsAsync());
        Assert.Equal((DigestStatus.Failed, 1), (failed.Status, failed.Attempts));
        Assert.Contains("test server refuses mail", failed.Error, StringComparison.Ordinal);

        _smtp.Reject = false;
        _host.At(Hour10.AddMinutes(67));
        Assert.True(hangfire.Client.Requeue(jobId));
        var retried = await hangfire.WaitForStateAsync(jobId, SucceededState.StateName);
        Assert.Equal([EnqueuedState.StateName, ProcessingState.StateName, SucceededState.StateName], retried.Skip(4).Select(h => h.StateName));
        Assert.Single(_smtp.Messages);
        var sent = Assert.Single(await _host.DigestsAsync());
        Assert.Equal((DigestStatus.Sent, 2, null), (sent.Status, sent.Attempts, sent.Error));

        // A later run of the job finds nothing left to send.
        await hangfire.WaitForStateAsync(hangfire.Client.Enqueue<ProvisioningDigestJob>(j => j.RunAsync(CancellationToken.None)), SucceededState.StateName);
        Assert.Single(_smtp.Messages);
    }

    [Fact]
    public async Task Disabled_digests_send_nothing_and_the_test_email_goes_to_the_recipients()
    {
        await _host.GraphQL.DataAsync("mutation($a: ID!) { events(accountId: $a) { updateDigestSettings(input: {enabled: false}) { digestSettings { enabled } } } }",
            new { a = _host.AccountId });
        await _host.Factory.AddAsync(EventSeed.Event(_host.AccountId, Hour10.AddMinutes(1)));
        _host.At(Hour10.AddMinutes(65));
        await _host.RunJobAsync();
        Assert.Empty(_smtp.Messages);
        Assert.Equal(DigestStatus.Skipped, Assert.Single(await _host.DigestsAsync()).Status);

        var test = (await _host.GraphQL.DataAsync("mutation($a: ID!) { events(accountId: $a) { sendTestDigestEmail { sent recipients } } }",
            new { a = _host.AccountId })).GetProperty("events").GetProperty("sendTestDigestEmail");
        Assert.True(test.GetProperty("sent").GetBoolean());
        Assert.Equal(["ops@acme.com", "sec@acme.com"], Assert.Single(_smtp.Messages).To.Mailboxes.Select(m => m.Address));
    }
}
