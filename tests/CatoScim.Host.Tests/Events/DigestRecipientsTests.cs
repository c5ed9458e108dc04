using System.Text.Json;
using CatoScim.Directory.Contracts.Audit;
using CatoScim.Host.Tests.Audit;
using CatoScim.Host.Tests.Infrastructure;
using CatoScim.Host.Tests.Licensing;

namespace CatoScim.Host.Tests.Events;

/// <summary>Recipients edited through the digest settings are the account's alert recipients, saved by Directory.</summary>
public sealed class DigestRecipientsTests : IAsyncLifetime
{
    private const string Update = """
        mutation($a: ID!, $i: UpdateDigestSettingsInput!) { events(accountId: $a) { updateDigestSettings(input: $i) { digestSettings { enabled recipients } } } }
        """;

    private const string Shown = """
        query($a: ID!) { account(accountId: $a) { alertRecipients }
          events(accountId: $a) { digest { enabled recipients } alertSettings { recipients } } }
        """;

    private readonly CatoScimFactory _factory = new();
    private Guid _account;
    private GraphQLTestClient _gql = null!;

    public async Task InitializeAsync()
    {
        (_account, var key) = await _factory.CreateAccountAsync();
        _gql = _factory.GraphQL(key);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Recipients_set_in_the_digest_settings_are_saved_as_given_back_and_shown_by_account_digest_and_alert_settings()
    {
        var payload = (await _gql.DataAsync(Update, new { a = _account, i = new { enabled = false, recipients = new[] { " ops@acme.com", "sec@acme.com", "OPS@acme.com" } } }))
            .GetProperty("events").GetProperty("updateDigestSettings").GetProperty("digestSettings").GetRawText();
        // What Directory saved: trimmed, the case-insensitive duplicate dropped.
        Assert.Equal("""{"enabled":false,"recipients":["ops@acme.com","sec@acme.com"]}""", payload);

        var shown = await Eventually.AssertAsync(() => _gql.DataAsync(Shown, new { a = _account }),
            d => d.GetProperty("events").GetProperty("alertSettings").GetProperty("recipients").GetArrayLength() == 2, "the recipients in Events' copy");
        Assert.Equal("""["ops@acme.com","sec@acme.com"]""", shown.GetProperty("account").GetProperty("alertRecipients").GetRawText());
        Assert.Equal("""{"enabled":false,"recipients":["ops@acme.com","sec@acme.com"]}""", shown.GetProperty("events").GetProperty("digest").GetRawText());
        Assert.Equal("""["ops@acme.com","sec@acme.com"]""", shown.GetProperty("events").GetProperty("alertSettings").GetProperty("recipients").GetRawText());

        // Audited as updateAccount audits it, by the same key.
        var audited = await Eventually.AssertAsync(() => _factory.AuditRowsAsync(),
            rows => rows.Any(r => r.Action == DirectoryAuditActions.AccountUpdated), "the account update's audit record");
        var record = audited.Single(r => r.Action == DirectoryAuditActions.AccountUpdated);
        Assert.Equal(("alertRecipients", _account.ToString()), (string.Join(",", record.ChangedFields), record.TargetId));
        Assert.StartsWith("apikey:", record.Actor, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_recipients_are_refused_with_updateAccounts_validation_and_change_nothing()
    {
        await _gql.DataAsync(Update, new { a = _account, i = new { recipients = new[] { "ops@acme.com" } } });

        var bad = await _gql.ErrorAsync(Update, "VALIDATION", new { a = _account, i = new { enabled = false, recipients = new[] { "ops@acme.com", "not-an-address" } } });
        Assert.Contains("'not-an-address' is not an email address", Message(bad), StringComparison.Ordinal);
        var many = await _gql.ErrorAsync(Update, "VALIDATION", new { a = _account, i = new { recipients = Enumerable.Range(0, 51).Select(i => $"u{i}@acme.com").ToArray() } });
        Assert.Contains("at most 50 addresses", Message(many), StringComparison.Ordinal);

        var shown = await _gql.DataAsync(Shown, new { a = _account });
        Assert.Equal("""["ops@acme.com"]""", shown.GetProperty("account").GetProperty("alertRecipients").GetRawText());
        Assert.True(shown.GetProperty("events").GetProperty("digest").GetProperty("enabled").GetBoolean());
    }

    [Fact]
    public async Task A_viewer_key_cannot_edit_them()
    {
        var viewer = await _factory.ViewerAsync(_gql, _account);
        await viewer.ErrorAsync(Update, "FORBIDDEN", new { a = _account, i = new { recipients = new[] { "x@acme.com" } } });

        var shown = await _gql.DataAsync(Shown, new { a = _account });
        Assert.Equal("[]", shown.GetProperty("account").GetProperty("alertRecipients").GetRawText());
    }

    [Fact]
    public async Task Enabled_alone_still_works_as_the_contract_sends_it_and_leaves_the_recipients()
    {
        await _gql.DataAsync(Update, new { a = _account, i = new { recipients = new[] { "ops@acme.com" } } });
        var digest = (await _gql.DataAsync($$"""mutation { events(accountId: "{{_account}}") { updateDigestSettings(input: {enabled: false}) { digestSettings { enabled recipients } } } }"""))
            .GetProperty("events").GetProperty("updateDigestSettings").GetProperty("digestSettings");
        Assert.False(digest.GetProperty("enabled").GetBoolean());
        Assert.Equal("""["ops@acme.com"]""", (await _gql.DataAsync(Shown, new { a = _account })).GetProperty("account").GetProperty("alertRecipients").GetRawText());
    }

    private static string? Message(JsonElement body) => body.GetProperty("errors")[0].GetProperty("message").GetString();
}
