using CatoScim.Directory.Contracts.Scim;

namespace CatoScim.Host.Tests.Events;

/// <summary>The hourly alerts scan over the tokens Events keeps from ScimTokenIssued/Revoked, driven by the fake clock.</summary>
public sealed class TokenExpiryAlertTests : IAsyncLifetime
{
    private AlertTestHost _alerts = null!;

    public async Task InitializeAsync() => _alerts = await AlertTestHost.StartAsync("ops@acme.com");

    public async Task DisposeAsync() => await _alerts.DisposeAsync();

    [Fact]
    public async Task A_token_expiring_within_the_horizon_is_warned_about_once_a_day_and_revoked_replaced_or_deleted_ones_not_at_all()
    {
        var a = _alerts.AccountId;
        var now = _alerts.Now;
        var okta = await _alerts.DirectoryAsync("Okta US");
        var gone = await _alerts.DirectoryAsync("Old Okta");
        var revoked = Guid.NewGuid();
        var rotated = Guid.NewGuid();
        await _alerts.PublishDirectoryAsync(
            new ScimTokenIssued(a, okta, Guid.NewGuid(), "cst_soon", now.AddDays(3), "apikey:x", now),
            new ScimTokenIssued(a, okta, Guid.NewGuid(), "cst_later", now.AddDays(10), "apikey:x", now),
            new ScimTokenIssued(a, okta, revoked, "cst_revoked", now.AddDays(2), "apikey:x", now),
            new ScimTokenRevoked(a, okta, revoked, "apikey:x", now),
            new ScimTokenIssued(a, okta, rotated, "cst_rotated", now.AddDays(2), "apikey:x", now),
            new ScimTokenReplaced(a, okta, rotated, Guid.NewGuid(), now.AddMinutes(30), now),
            new ScimTokenIssued(a, gone, Guid.NewGuid(), "cst_gone", now.AddDays(2), "apikey:x", now),
            new ScimDirectoryDeleted(a, gone, "Old Okta", 0, now));
        await _alerts.SettledAlertsAsync();

        // The hourly job starts a few seconds after the hour, and tomorrow a few seconds earlier than today.
        _alerts.Factory.Time.Advance(TimeSpan.FromSeconds(5));
        await _alerts.ScanAsync();
        await _alerts.SettledAlertsAsync();
        Assert.Equal(["[acme] The SCIM token cst_soon\u2026 of \"Okta US\" (OKTA) expires in 3 days"], Subjects());
        Assert.Contains("expires at 2026-01-08 10:00 UTC", _alerts.Smtp.Messages[0].TextBody, StringComparison.Ordinal);
        Assert.Contains("Create the new token (Directory Services > SCIM in the console): http://localhost/admin/#/scim", _alerts.Smtp.Messages[0].TextBody,
            StringComparison.Ordinal);
        Assert.Equal(["http://localhost/admin/#/scim"], MailLinks.Hrefs(_alerts.Smtp.Messages[0].HtmlBody));

        foreach (var hours in new[] { 1, 22 })
        {
            _alerts.Factory.Time.Advance(TimeSpan.FromHours(hours));
            await _alerts.ScanAsync();
        }

        Assert.Single(await _alerts.SettledAlertsAsync());
        _alerts.Factory.Time.Advance(TimeSpan.FromHours(1).Add(TimeSpan.FromSeconds(-3)));
        await _alerts.ScanAsync();
        await _alerts.SettledAlertsAsync();
        Assert.Equal(2, _alerts.Smtp.Messages.Count);
        Assert.Equal("[acme] The SCIM token cst_soon\u2026 of \"Okta US\" (OKTA) expires in 2 days", _alerts.Smtp.Messages[1].Subject);

        // A wider horizon takes in the later token at the next scan; the first is not warned again the same day.
        await _alerts.Host.GraphQL.DataAsync("""
            mutation($a: ID!) { events(accountId: $a) { updateAlertSettings(input: {tokenWarningDays: 14}) { alertSettings { tokenWarningDays } } } }
            """, new { a });
        await _alerts.ScanAsync();
        await _alerts.SettledAlertsAsync();
        Assert.Equal(3, _alerts.Smtp.Messages.Count);
        Assert.StartsWith("[acme] The SCIM token cst_later\u2026", _alerts.Smtp.Messages[2].Subject, StringComparison.Ordinal);
    }

    private List<string> Subjects() => [.. _alerts.Smtp.Messages.Select(m => m.Subject ?? "")];
}
