using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using CatoScim.Directory.Contracts.Scim;
using CatoScim.Events.Alerts;
using Microsoft.Extensions.DependencyInjection;
using static CatoScim.Directory.Contracts.Scim.ScimHealthStatuses;

namespace CatoScim.Host.Tests.Events;

/// <summary>Directory health notifications in the Directory outbox, alert jobs on a real Hangfire server, mail to a real SMTP server.</summary>
public sealed class DirectoryAlertTests : IAsyncLifetime
{
    private AlertTestHost _alerts = null!;

    public async Task InitializeAsync() => _alerts = await AlertTestHost.StartAsync("ops@acme.com", "sec@acme.com");

    public async Task DisposeAsync() => await _alerts.DisposeAsync();

    [Fact]
    public async Task One_failing_alert_per_episode_and_one_recovery_when_it_is_healthy_again()
    {
        using var listener = ListenToSentAlerts(out var sent);
        var okta = await _alerts.DirectoryAsync("Okta US");

        // Two FAILING in a row, and a waver through DEGRADED, are one episode: one email.
        await _alerts.PublishDirectoryAsync(
            Health(okta, NeverConnected, Healthy, null),
            Health(okta, Healthy, Failing, ScimRefusalReasons.TokenRevoked, 10, 9),
            Health(okta, Failing, Failing, ScimRefusalReasons.TokenRevoked, 20, 20),
            Health(okta, Failing, Degraded, ScimRefusalReasons.TokenRevoked),
            Health(okta, Degraded, Failing, ScimRefusalReasons.TokenRevoked));
        var alerts = await _alerts.SettledAlertsAsync();
        var failing = Assert.Single(_alerts.Smtp.Messages);
        Assert.Equal("[acme] SCIM provisioning from \"Okta US\" (OKTA) is failing", failing.Subject);
        Assert.Equal(["ops@acme.com", "sec@acme.com"], failing.To.Mailboxes.Select(m => m.Address));
        Assert.Contains("9 of 10 recent requests", failing.TextBody, StringComparison.Ordinal);
        Assert.Contains("the last because of TOKEN_REVOKED", failing.TextBody, StringComparison.Ordinal);
        Assert.Contains("create a new token for the directory", failing.TextBody, StringComparison.Ordinal);
        // A compact first line in words, then the console: the directory's events an hour either side of the failure, and
        // Directory Services > SCIM, where the token is replaced. The recipients were set through http://localhost.
        const string summary = "\"Okta US\" (OKTA) is failing: 9 of 10 recent requests failed. Last reason: Revoked token (TOKEN_REVOKED).";
        var failedRequests = MailLinks.EventsUrl("http://localhost", _alerts.Now.AddHours(-1), _alerts.Now.AddHours(1), okta);
        Assert.StartsWith(summary, failing.TextBody, StringComparison.Ordinal);
        Assert.Contains($"The failed requests: {failedRequests}", failing.TextBody, StringComparison.Ordinal);
        Assert.Contains("http://localhost/admin/#/scim", failing.TextBody, StringComparison.Ordinal);
        Assert.Equal([failedRequests, "http://localhost/admin/#/scim"], MailLinks.Hrefs(failing.HtmlBody));
        Assert.Contains("<b>&quot;Okta US&quot; (OKTA) is failing: 9 of 10 recent requests failed.", failing.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("the last because of TOKEN_REVOKED", failing.HtmlBody, StringComparison.Ordinal);
        Assert.Equal((AlertKind.DirectoryFailing, AlertStatus.Sent, okta), (Assert.Single(alerts).Kind, alerts[0].Status, alerts[0].DirectoryId));

        _alerts.Factory.Time.Advance(TimeSpan.FromMinutes(42));
        await _alerts.PublishDirectoryAsync(Health(okta, Failing, Healthy, null), Health(okta, Healthy, Healthy, null));
        await _alerts.SettledAlertsAsync();
        Assert.Equal(2, _alerts.Smtp.Messages.Count);
        var recovered = _alerts.Smtp.Messages[1];
        Assert.Equal("[acme] SCIM provisioning from \"Okta US\" (OKTA) has recovered", recovered.Subject);
        Assert.Contains("It was failing from 2026-01-05 10:00 UTC (42 min)", recovered.TextBody, StringComparison.Ordinal);
        Assert.StartsWith("\"Okta US\" (OKTA) is healthy again after 42 min of failures.", recovered.TextBody, StringComparison.Ordinal);
        Assert.Equal([MailLinks.EventsUrl("http://localhost", _alerts.Now.AddMinutes(-42 - 60), _alerts.Now.AddMinutes(1), okta), "http://localhost/admin/#/scim"],
            MailLinks.Hrefs(recovered.HtmlBody));

        // Failing again after the recovery is a new episode.
        _alerts.Factory.Time.Advance(TimeSpan.FromMinutes(1));
        await _alerts.PublishDirectoryAsync(Health(okta, Healthy, Failing, ScimRefusalReasons.ScimDisabled, 5, 5));
        await _alerts.SettledAlertsAsync();
        Assert.Equal(3, _alerts.Smtp.Messages.Count);
        Assert.Contains("switched off", _alerts.Smtp.Messages[2].TextBody, StringComparison.Ordinal);

        var listed = (await _alerts.Host.GraphQL.DataAsync("""
            query($a: ID!) { events(accountId: $a) { alerts(input: {paging: {limit: 10}}) {
              items { kind status directoryId subject recipients attempts sentAt } paging { total } } } }
            """, new { a = _alerts.AccountId })).GetProperty("events").GetProperty("alerts");
        Assert.Equal(3, listed.GetProperty("paging").GetProperty("total").GetInt32());
        var items = listed.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["DIRECTORY_FAILING", "DIRECTORY_RECOVERED", "DIRECTORY_FAILING"], items.Select(i => i.GetProperty("kind").GetString()));
        Assert.All(items, i => Assert.Equal(("SENT", 1, 2), (i.GetProperty("status").GetString(), i.GetProperty("attempts").GetInt32(),
            i.GetProperty("recipients").GetArrayLength())));
        Assert.Equal(okta.ToString(), items[0].GetProperty("directoryId").GetString());
        Assert.Equal(["DIRECTORY_FAILING", "DIRECTORY_FAILING", "DIRECTORY_RECOVERED"], sent.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_healthy_account_gets_nothing()
    {
        var okta = await _alerts.DirectoryAsync("Okta US");
        await _alerts.PublishDirectoryAsync(
            Health(okta, NeverConnected, Healthy, null),
            Health(okta, Healthy, Degraded, ScimRefusalReasons.RateLimited, 10, 2),
            Health(okta, Degraded, Healthy, null),
            Health(okta, Healthy, Idle, null),
            Health(okta, Idle, Healthy, null),
            new ScimTokenIssued(_alerts.AccountId, okta, Guid.NewGuid(), "cst_far", _alerts.Now.AddDays(60), "apikey:x", _alerts.Now),
            new ScimTokenIssued(_alerts.AccountId, okta, Guid.NewGuid(), "cst_never", null, "apikey:x", _alerts.Now));
        await _alerts.SettledAlertsAsync();
        await _alerts.ScanAsync();

        Assert.Empty(await _alerts.SettledAlertsAsync());
        Assert.Empty(_alerts.Smtp.Messages);
    }

    private ScimDirectoryHealthChanged Health(Guid directory, string from, string to, string? reason, int requests = 10, int failures = 0) =>
        new(_alerts.AccountId, directory, from, to, reason, requests, failures, _alerts.Now);

    /// <summary>The kinds counted by this host's `catoscim.alerts.sent` (other hosts in the process have their own meter factory).</summary>
    private MeterListener ListenToSentAlerts(out ConcurrentQueue<string> sent)
    {
        var kinds = new ConcurrentQueue<string>();
        var meters = _alerts.Factory.Services.GetRequiredService<IMeterFactory>();
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Scope == meters && instrument.Name == AlertMetrics.SentInstrument)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "kind" && value == 1)
                {
                    kinds.Enqueue((string)tag.Value!);
                }
            }
        });
        listener.Start();
        sent = kinds;
        return listener;
    }
}
