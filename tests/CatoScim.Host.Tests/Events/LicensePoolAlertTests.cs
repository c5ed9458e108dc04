using CatoScim.Events.Alerts;
using CatoScim.Licensing.Contracts.Seats;

namespace CatoScim.Host.Tests.Events;

public sealed class LicensePoolAlertTests : IAsyncLifetime
{
    private AlertTestHost _alerts = null!;

    public async Task InitializeAsync() => _alerts = await AlertTestHost.StartAsync("ops@acme.com");

    public async Task DisposeAsync() => await _alerts.DisposeAsync();

    /// <summary>Licensing publishes LicensePoolExhausted once per episode, so each one is an email.</summary>
    [Fact]
    public async Task Each_exhausted_pool_episode_from_the_licensing_outbox_sends_one_email()
    {
        await _alerts.PublishLicensingAsync(new LicensePoolExhausted(_alerts.AccountId, 100, 3, _alerts.Now));
        var alert = Assert.Single(await _alerts.SettledAlertsAsync());
        Assert.Equal((AlertKind.LicensePoolExhausted, AlertStatus.Sent), (alert.Kind, alert.Status));
        var mail = Assert.Single(_alerts.Smtp.Messages);
        Assert.Equal("[acme] The ZTNA licence pool is used up: 3 users waiting for a seat", mail.Subject);
        Assert.Contains("All 100 ZTNA seats are assigned, and 3 users that your licence rules cover are waiting", mail.TextBody, StringComparison.Ordinal);
        Assert.StartsWith("Licence pool used up: 3 users waiting, all 100 seats assigned.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("http://localhost/admin/#/licenses", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal(["http://localhost/admin/#/licenses"], MailLinks.Hrefs(mail.HtmlBody));

        _alerts.Factory.Time.Advance(TimeSpan.FromHours(2));
        await _alerts.PublishLicensingAsync(new LicensePoolExhausted(_alerts.AccountId, 100, 1, _alerts.Now));
        Assert.Equal(2, (await _alerts.SettledAlertsAsync()).Count);
        Assert.Equal("[acme] The ZTNA licence pool is used up: 1 user waiting for a seat", _alerts.Smtp.Messages[1].Subject);
    }
}
