using CatoScim.Events.Digests;
using CatoScim.Events.Persistence;
using CatoScim.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CatoScim.Host.Tests.Events.DigestTestHost;

namespace CatoScim.Host.Tests.Events;

/// <summary>An event reported once, even when it reaches Events after its window's digest went out; recipients as of sending.</summary>
public sealed class LateEventDigestTests : IAsyncLifetime
{
    private readonly TestSmtpServer _smtp = new();
    private DigestTestHost _host = null!;

    public async Task InitializeAsync() => _host = await StartAsync(Smtp(_smtp), "ops@acme.com");

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task An_event_delivered_after_its_window_was_sent_goes_into_the_next_digest_counted_as_late()
    {
        await _host.Factory.AddAsync(EventSeed.Event(_host.AccountId, Hour10.AddMinutes(1), userName: "ann@acme.com"));
        _host.At(Hour10.AddMinutes(65));
        await _host.RunJobAsync();
        Assert.Contains("1 succeeded", Assert.Single(_smtp.Messages).Subject, StringComparison.Ordinal);

        // Occurred at 10:30, inside the window already sent, but recorded only now (a slow outbox, a restart).
        _host.At(Hour10.AddMinutes(70));
        await _host.Factory.AddAsync(EventSeed.Event(_host.AccountId, Hour10.AddMinutes(30), userName: "bob@acme.com"));
        await _host.RunJobAsync();
        Assert.Single(_smtp.Messages);

        _host.At(Hour10.AddMinutes(125));
        await _host.RunJobAsync();
        await _host.RunJobAsync();

        Assert.Equal(2, _smtp.Messages.Count);
        var next = _smtp.Messages[1];
        Assert.Contains("11:00\u201312:00 UTC: 1 succeeded", next.Subject, StringComparison.Ordinal);
        Assert.Contains("1 late: they occurred before this window", next.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("late:", _smtp.Messages[0].TextBody, StringComparison.Ordinal);
        var digests = await _host.DigestsAsync();
        Assert.Equal([(Hour10, 1, DigestStatus.Sent), (Hour10.AddHours(1), 1, DigestStatus.Sent)],
            digests.Select(d => (d.WindowStart, d.Succeeded, d.Status)));
        Assert.Equal(0, await UnreportedAsync());
    }

    [Fact]
    public async Task A_retried_digest_goes_to_the_recipients_of_the_moment_it_is_sent()
    {
        await _host.Factory.AddAsync(EventSeed.Event(_host.AccountId, Hour10.AddMinutes(1)));
        _host.At(Hour10.AddMinutes(65));
        _smtp.Reject = true;
        await Assert.ThrowsAsync<InvalidOperationException>(_host.RunJobAsync);

        await _host.GraphQL.DataAsync("""
            mutation($a: ID!, $r: [String!]) { account(accountId: $a) { updateAccount(input: {alertRecipients: $r}) { account { name } } } }
            """, new { a = _host.AccountId, r = new[] { "new@acme.com" } });
        await Eventually.AssertAsync(RecipientsAsync, r => r.SequenceEqual(["new@acme.com"]), "the new recipients in Events");
        _smtp.Reject = false;
        _host.At(Hour10.AddMinutes(67));
        await _host.RunJobAsync();

        Assert.Equal(["new@acme.com"], Assert.Single(_smtp.Messages).To.Mailboxes.Select(m => m.Address));
        var sent = Assert.Single(await _host.DigestsAsync());
        Assert.Equal(DigestStatus.Sent, sent.Status);
        Assert.Equal(["new@acme.com"], sent.Recipients);
    }

    private async Task<int> UnreportedAsync()
    {
        await using var scope = _host.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EventsDbContext>().ProvisioningEvents.CountAsync(e => e.DigestId == null);
    }

    private async Task<List<string>> RecipientsAsync()
    {
        await using var scope = _host.Factory.Services.CreateAsyncScope();
        var copy = await scope.ServiceProvider.GetRequiredService<EventsDbContext>().Accounts.AsNoTracking().SingleAsync(a => a.AccountId == _host.AccountId);
        return copy.AlertRecipients;
    }
}
