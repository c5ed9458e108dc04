using CatoScim.Directory.Contracts.Scim;
using CatoScim.Events.Alerts;
using CatoScim.Events.Audit;
using CatoScim.Host.Tests.Audit;
using static CatoScim.Directory.Contracts.Scim.ScimHealthStatuses;

namespace CatoScim.Host.Tests.Events;

public sealed class AlertSettingsTests : IAsyncLifetime
{
    private const string Read = """
        query($a: ID!) { events(accountId: $a) { alertSettings { directoryFailing tokenExpiring licensePoolExhausted tokenWarningDays recipients } } }
        """;

    private const string Update = """
        mutation($a: ID!, $i: UpdateAlertSettingsInput!) { events(accountId: $a) { updateAlertSettings(input: $i) {
          alertSettings { directoryFailing tokenExpiring licensePoolExhausted tokenWarningDays recipients } } } }
        """;

    private AlertTestHost _alerts = null!;

    public async Task InitializeAsync() => _alerts = await AlertTestHost.StartAsync("ops@acme.com");

    public async Task DisposeAsync() => await _alerts.DisposeAsync();

    [Fact]
    public async Task Defaults_are_all_on_with_7_days_an_update_changes_only_the_given_fields_and_the_horizon_is_validated()
    {
        var gql = _alerts.Host.GraphQL;
        var a = _alerts.AccountId;
        const string defaults = """{"directoryFailing":true,"tokenExpiring":true,"licensePoolExhausted":true,"tokenWarningDays":7,"recipients":["ops@acme.com"]}""";
        Assert.Equal(defaults, (await gql.DataAsync(Read, new { a })).GetProperty("events").GetProperty("alertSettings").GetRawText());

        foreach (var days in new[] { 0, 91 })
        {
            var error = await gql.ErrorAsync(Update, "VALIDATION", new { a, i = new { tokenWarningDays = days, directoryFailing = false } });
            Assert.Contains("tokenWarningDays must be between 1 and 90", error.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        }

        // A refused update changes nothing, not even its valid fields.
        Assert.Equal(defaults, (await gql.DataAsync(Read, new { a })).GetProperty("events").GetProperty("alertSettings").GetRawText());

        var updated = (await gql.DataAsync(Update, new { a, i = new { directoryFailing = false, tokenWarningDays = 14 } }))
            .GetProperty("events").GetProperty("updateAlertSettings").GetProperty("alertSettings").GetRawText();
        Assert.Equal("""{"directoryFailing":false,"tokenExpiring":true,"licensePoolExhausted":true,"tokenWarningDays":14,"recipients":["ops@acme.com"]}""", updated);
        await gql.DataAsync(Update, new { a, i = new { licensePoolExhausted = false } });
        Assert.Equal("""{"directoryFailing":false,"tokenExpiring":true,"licensePoolExhausted":false,"tokenWarningDays":14,"recipients":["ops@acme.com"]}""",
            (await gql.DataAsync(Read, new { a })).GetProperty("events").GetProperty("alertSettings").GetRawText());
    }

    [Fact]
    public async Task An_update_leaves_one_audit_record_naming_the_changed_fields_and_a_no_op_update_none()
    {
        var gql = _alerts.Host.GraphQL;
        var a = _alerts.AccountId;
        await gql.DataAsync(Update, new { a, i = new { directoryFailing = false, tokenExpiring = true, tokenWarningDays = 10 } });
        await gql.DataAsync(Update, new { a, i = new { directoryFailing = false, tokenWarningDays = 10 } });

        var records = (await _alerts.Factory.AuditRowsAsync()).Where(r => r.TargetType == EventsAuditTargets.AlertSettings).ToList();
        var record = Assert.Single(records);
        Assert.Equal((EventsAuditActions.AlertSettingsUpdated, a.ToString(), "directoryFailing,tokenWarningDays"),
            (record.Action, record.TargetId, string.Join(",", record.ChangedFields)));
        Assert.StartsWith("apikey:", record.Actor, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_alert_whose_kind_is_off_or_whose_account_has_no_recipients_is_recorded_as_skipped_and_not_sent()
    {
        var okta = await _alerts.DirectoryAsync("Okta US");
        await _alerts.Host.GraphQL.DataAsync(Update, new { a = _alerts.AccountId, i = new { directoryFailing = false } });
        var (quiet, _) = await _alerts.Factory.CreateAccountAsync("quiet");
        await _alerts.PublishDirectoryAsync(
            new ScimDirectoryHealthChanged(_alerts.AccountId, okta, Healthy, Failing, ScimRefusalReasons.TokenRevoked, 3, 3, _alerts.Now),
            new ScimDirectoryHealthChanged(quiet, Guid.NewGuid(), Healthy, Failing, ScimRefusalReasons.TokenRevoked, 3, 3, _alerts.Now));

        var alerts = await _alerts.SettledAlertsAsync();
        Assert.Equal(2, alerts.Count);
        Assert.All(alerts, x => Assert.Equal((AlertStatus.Skipped, 0, 0), (x.Status, x.Attempts, x.Recipients.Count)));
        Assert.Equal("Alerts of this kind are off in the account's alert settings.", alerts.Single(x => x.AccountId == _alerts.AccountId).SkipReason);
        Assert.Equal("The account has no alert recipients.", alerts.Single(x => x.AccountId == quiet).SkipReason);
        Assert.Empty(_alerts.Smtp.Messages);

        var listed = (await _alerts.Host.GraphQL.DataAsync("""
            query($a: ID!) { events(accountId: $a) { alerts { items { kind status skipReason sentAt } paging { total } } } }
            """, new { a = _alerts.AccountId })).GetProperty("events").GetProperty("alerts");
        Assert.Equal(1, listed.GetProperty("paging").GetProperty("total").GetInt32());
        var item = listed.GetProperty("items")[0];
        Assert.Equal(("DIRECTORY_FAILING", "SKIPPED", "Alerts of this kind are off in the account's alert settings."),
            (item.GetProperty("kind").GetString(), item.GetProperty("status").GetString(), item.GetProperty("skipReason").GetString()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, item.GetProperty("sentAt").ValueKind);
    }
}
