using CatoScim.Events.Digests;
using static CatoScim.Host.Tests.Events.DigestTestHost;

namespace CatoScim.Host.Tests.Events;

/// <summary>Failed sends, Hangfire's retry, the per-account switch and the test email, against a real SMTP server.</summary>
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

    [Fact]
    public async Task A_failed_send_is_recorded_thrown_for_hangfire_and_resent_once_by_the_retry()
    {
        await _host.Factory.AddAsync(EventSeed.Event(_host.AccountId, Hour10.AddMinutes(1)));
        _host.At(Hour10.AddMinutes(65));
        _smtp.Reject = true;
        await Assert.ThrowsAsync<InvalidOperationException>(_host.RunJobAsync);
        var failed = Assert.Single(await _host.DigestsAsync());
        Assert.Equal(DigestStatus.Failed, failed.Status);
        Assert.Contains("test server refuses mail", failed.Error, StringComparison.Ordinal);

        _smtp.Reject = false;
        _host.At(Hour10.AddMinutes(67));
        await _host.RunJobAsync();
        await _host.RunJobAsync();
        Assert.Single(_smtp.Messages);
        var sent = Assert.Single(await _host.DigestsAsync());
        Assert.Equal((DigestStatus.Sent, 2, null), (sent.Status, sent.Attempts, sent.Error));
    }

    [Fact]
    public async Task Disabled_digests_send_nothing_and_the_test_email_goes_to_the_recipients()
    {
        await _host.GraphQL.DataAsync("mutation($a: ID!) { events(accountId: $a) { updateDigestSettings(input: {enabled: false}) { digest { enabled } } } }",
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
