using System.Net;
using CatoScim.Events.Alerts;
using CatoScim.Host.Tests.GraphQL;
using CatoScim.Host.Tests.Infrastructure;

namespace CatoScim.Host.Tests.Events;

/// <summary>Issue 13's story end to end: the admin revokes the token Okta still uses, and is emailed within a flush.</summary>
public sealed class RevokedTokenAlertTests : IAsyncLifetime
{
    private AlertTestHost _alerts = null!;

    public async Task InitializeAsync() => _alerts = await AlertTestHost.StartAsync("ops@acme.com");

    public async Task DisposeAsync() => await _alerts.DisposeAsync();

    [Fact]
    public async Task Refused_requests_with_a_revoked_token_turn_the_directory_failing_and_email_the_recipients_once()
    {
        var admin = _alerts.Host.GraphQL;
        var account = _alerts.AccountId;
        var directory = await DirectoryAdminCalls.CreateDirectoryAsync(admin, account, "Okta prod");
        await admin.DataAsync(DirectoryAdminCalls.SettingsMutation(account, true));
        var (tokenId, secret) = await DirectoryAdminCalls.CreateTokenAsync(admin, account, directory);
        var scim = new ScimTestClient(_alerts.Factory.CreateClient(), $"/scim/v2/{account}/{directory}", secret, account, Guid.Parse(directory));
        Assert.Equal(HttpStatusCode.OK, (await scim.GetAsync("/Users?count=1")).Status);
        await _alerts.Factory.AdvanceAndFlushAsync(TimeSpan.FromSeconds(15));
        Assert.Empty(await _alerts.SettledAlertsAsync());

        await admin.DataAsync("mutation($a: ID!, $t: ID!) { directory(accountId: $a) { revokeScimToken(input: {tokenId: $t}) { scimToken { id } } } }",
            new { a = account, t = tokenId });
        for (var i = 0; i < 8; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await scim.GetAsync("/Users?count=1")).Status);
        }

        await _alerts.Factory.AdvanceAndFlushAsync(TimeSpan.FromSeconds(15));
        var alert = Assert.Single(await _alerts.SettledAlertsAsync());
        Assert.Equal((AlertKind.DirectoryFailing, AlertStatus.Sent), (alert.Kind, alert.Status));
        var mail = Assert.Single(_alerts.Smtp.Messages);
        Assert.Equal("[acme] SCIM provisioning from \"Okta prod\" (OKTA) is failing", mail.Subject);
        Assert.Contains("TOKEN_REVOKED", mail.TextBody, StringComparison.Ordinal);

        // The IdP keeps retrying: the same episode, no second email.
        for (var i = 0; i < 8; i++)
        {
            await scim.GetAsync("/Users?count=1");
        }

        await _alerts.Factory.AdvanceAndFlushAsync(TimeSpan.FromSeconds(15));
        Assert.Single(await _alerts.SettledAlertsAsync());
        Assert.Single(_alerts.Smtp.Messages);
    }
}
