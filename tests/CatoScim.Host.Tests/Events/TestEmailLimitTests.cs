using static CatoScim.Host.Tests.Events.DigestTestHost;

namespace CatoScim.Host.Tests.Events;

/// <summary>The test email reaches real mailboxes: once per account per interval, however the document names it.</summary>
public sealed class TestEmailLimitTests : IAsyncLifetime
{
    private const string Twice = """
        mutation($a: ID!) { events(accountId: $a) { first: sendTestDigestEmail { sent } second: sendTestDigestEmail { sent } } }
        """;

    private const string Once = "mutation($a: ID!) { events(accountId: $a) { sendTestDigestEmail { sent } } }";

    private readonly TestSmtpServer _smtp = new();
    private DigestTestHost _host = null!;

    public async Task InitializeAsync() => _host = await StartAsync(Smtp(_smtp), "ops@acme.com");

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task Two_aliases_in_one_document_send_once_and_the_second_is_RATE_LIMITED()
    {
        var body = await _host.GraphQL.ErrorAsync(Twice, "RATE_LIMITED", new { a = _host.AccountId });
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal(["events", "second"], error.GetProperty("path").EnumerateArray().Select(p => p.GetString()));
        Assert.Single(_smtp.Messages);
    }

    [Fact]
    public async Task A_second_test_email_waits_for_the_interval()
    {
        await _host.GraphQL.DataAsync(Once, new { a = _host.AccountId });
        await _host.GraphQL.ErrorAsync(Once, "RATE_LIMITED", new { a = _host.AccountId });
        Assert.Single(_smtp.Messages);

        _host.Factory.Time.Advance(TimeSpan.FromSeconds(61));
        await _host.GraphQL.DataAsync(Once, new { a = _host.AccountId });
        Assert.Equal(2, _smtp.Messages.Count);
    }
}
