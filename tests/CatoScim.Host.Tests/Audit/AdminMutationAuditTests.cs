using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CatoScim.Host.Tests.GraphQL;
using CatoScim.Host.Tests.Infrastructure;
using CatoScim.ModuleKit.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Host.Tests.Audit;

/// <summary>
/// Each admin mutation over the real HTTP pipeline leaves exactly one audit record naming the API key, the changed
/// fields and the client address; a mutation that changes nothing leaves none.
/// </summary>
public sealed class AdminMutationAuditTests : IAsyncLifetime
{
    private const string ClientIp = "203.0.113.7";
    private readonly List<string> _expected = [];
    private string _apiKey = "";
    private string _keyId = "";
    private string _prefix = "";

    private CatoScimFactory Factory { get; } = new();

    private Guid AccountId { get; set; }

    private GraphQLTestClient Client { get; set; } = null!;

    public async Task InitializeAsync()
    {
        (AccountId, _apiKey) = await Factory.CreateAccountAsync();
        var http = Factory.CreateClient();
        http.DefaultRequestHeaders.Add(TestRemoteIpStartupFilter.Header, ClientIp);
        Client = new GraphQLTestClient(http, _apiKey);
        var viewer = await Client.DataAsync("query($a: ID!) { viewer { keyId } account(accountId: $a) { apiKeys { id prefix } } }", new { a = AccountId });
        _keyId = viewer.GetProperty("viewer").GetProperty("keyId").GetString()!;
        _prefix = viewer.GetProperty("account").GetProperty("apiKeys").EnumerateArray()
            .Single(k => k.GetProperty("id").GetString() == _keyId).GetProperty("prefix").GetString()!;
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    [Fact]
    public async Task Scim_directory_token_api_key_and_account_mutations_each_leave_one_record_and_no_secret()
    {
        var account = AccountId.ToString();
        await MutateAsync("directory", "updateScimSettings(input: {enabled: true}) { scimSettings { enabled } }", $"SCIM_ENABLED SCIM_SETTINGS {account} [enabled]");
        var directory = (await MutateAsync("directory", """createScimDirectory(input: {name: "Okta", provider: OKTA}) { scimDirectory { id } }""", null))
            .GetProperty("createScimDirectory").GetProperty("scimDirectory").GetProperty("id").GetString()!;
        await ExpectAsync($"SCIM_DIRECTORY_CREATED SCIM_DIRECTORY {directory} [name,provider]");
        await MutateAsync("directory", $$"""updateScimDirectory(input: {directoryId: "{{directory}}", name: "Okta prod", provider: OKTA}) { scimDirectory { id } }""",
            $"SCIM_DIRECTORY_UPDATED SCIM_DIRECTORY {directory} [name]");
        var (token1, secret1) = await TokenAsync(directory, """, expiresAt: "2027-01-01T00:00:00Z" """);
        await ExpectAsync($"SCIM_TOKEN_ISSUED SCIM_TOKEN {token1} [directoryId,expiresAt]");
        await MutateAsync("directory", $$"""revokeScimToken(input: {tokenId: "{{token1}}"}) { scimToken { id } }""", $"SCIM_TOKEN_REVOKED SCIM_TOKEN {token1} [revokedAt]");
        var (token2, secret2) = await TokenAsync(directory, "");
        await ExpectAsync($"SCIM_TOKEN_ISSUED SCIM_TOKEN {token2} [directoryId]");
        await MutateAsync("directory", $$"""deleteScimDirectory(input: {directoryId: "{{directory}}"}) { scimDirectory { id } }""", $"SCIM_DIRECTORY_DELETED SCIM_DIRECTORY {directory} []");
        var created = (await MutateAsync("account", """createApiKey(input: {name: "auditor", role: VIEWER}) { key apiKey { id } }""", null)).GetProperty("createApiKey");
        var apiKey = created.GetProperty("apiKey").GetProperty("id").GetString()!;
        var apiKeySecret = created.GetProperty("key").GetString()!;
        await ExpectAsync($"API_KEY_CREATED API_KEY {apiKey} [name,role,expiresAt]");
        await MutateAsync("account", $$"""revokeApiKey(input: {keyId: "{{apiKey}}"}) { apiKey { id } }""", $"API_KEY_REVOKED API_KEY {apiKey} [revokedAt]");
        await MutateAsync("account", """updateAccount(input: {name: "Acme Corp", userIdentity: EMAIL, alertRecipients: ["ops@acme.com"]}) { account { name } }""",
            $"ACCOUNT_UPDATED ACCOUNT {account} [name,alertRecipients]");
        await MutateAsync("directory", "updateScimSettings(input: {enabled: false}) { scimSettings { enabled } }", $"SCIM_DISABLED SCIM_SETTINGS {account} [enabled]");
        // Changes nothing, so records nothing.
        await MutateAsync("directory", "updateScimSettings(input: {enabled: false}) { scimSettings { enabled } }", null);
        await MutateAsync("account", $$"""revokeApiKey(input: {keyId: "{{apiKey}}"}) { apiKey { id } }""", null);

        await AssertTrailAsync();
        // The directory's remaining token was revoked with it: the alerts consumer hears of both tokens' ends.
        var tokenNotifications = (await Factory.WithDbAsync(db => db.Set<OutboxMessage>()
            .Where(m => m.Type.Contains(".ScimTokenIssued,") || m.Type.Contains(".ScimTokenRevoked,"))
            .OrderBy(m => m.Sequence).Select(m => new { m.Type, m.Payload }).ToListAsync()))
            .Select(m => $"{m.Type.Split(',')[0].Split('.')[^1]} {m.Payload}").ToList();
        Assert.Collection(tokenNotifications,
            n => Assert.Contains($"ScimTokenIssued {{\"accountId\":\"{account}\",\"directoryId\":\"{directory}\",\"tokenId\":\"{token1}\"", n, StringComparison.Ordinal),
            n => Assert.Contains($"ScimTokenRevoked {{\"accountId\":\"{account}\",\"directoryId\":\"{directory}\",\"tokenId\":\"{token1}\",\"revokedBy\":\"apikey:{_prefix}\"", n, StringComparison.Ordinal),
            n => Assert.Contains($"\"tokenId\":\"{token2}\"", n, StringComparison.Ordinal),
            n => Assert.Contains($"ScimTokenRevoked {{\"accountId\":\"{account}\",\"directoryId\":\"{directory}\",\"tokenId\":\"{token2}\"", n, StringComparison.Ordinal));

        var stored = JsonSerializer.Serialize(await Factory.AuditRowsAsync());
        var outbox = string.Join("\n", await Factory.WithDbAsync(db => db.Set<OutboxMessage>().Select(m => m.Payload).ToListAsync()));
        foreach (var secret in new[] { secret1, secret2, apiKeySecret, _apiKey })
        {
            foreach (var form in SecretForms(secret))
            {
                Assert.DoesNotContain(form, stored, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain(form, outbox, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [Fact]
    public async Task User_and_group_mutations_each_leave_one_record_with_the_admin_field_names()
    {
        var user = (await MutateAsync("directory", """createUser(input: {userName: "ada@acme.com", givenName: "Ada"}) { user { id } }""", null))
            .GetProperty("createUser").GetProperty("user").GetProperty("id").GetString()!;
        await ExpectAsync($"USER_CREATED USER {user} [userName,givenName]");
        await MutateAsync("directory", $$"""updateUser(input: {userId: "{{user}}", givenName: "Ada", department: "R&D", active: false}) { user { id } }""",
            $"USER_UPDATED USER {user} [department,active]");
        var group = (await MutateAsync("directory", """createGroup(input: {name: "Admins"}) { group { id } }""", null))
            .GetProperty("createGroup").GetProperty("group").GetProperty("id").GetString()!;
        await ExpectAsync($"GROUP_CREATED GROUP {group} [name]");
        await MutateAsync("directory", $$"""addGroupMembers(input: {groupId: "{{group}}", userIds: ["{{user}}"]}) { group { id } }""", $"GROUP_MEMBERS_ADDED GROUP {group} [members]");
        // Already a member: nothing changes, nothing is recorded.
        await MutateAsync("directory", $$"""addGroupMembers(input: {groupId: "{{group}}", userIds: ["{{user}}"]}) { group { id } }""", null);
        await MutateAsync("directory", $$"""updateGroup(input: {groupId: "{{group}}", name: "Site Admins"}) { group { id } }""", $"GROUP_UPDATED GROUP {group} [name]");
        await MutateAsync("directory", $$"""updateGroup(input: {groupId: "{{group}}", name: "Site Admins"}) { group { id } }""", null);
        await MutateAsync("directory", $$"""removeGroupMembers(input: {groupId: "{{group}}", userIds: ["{{user}}"]}) { group { id } }""", $"GROUP_MEMBERS_REMOVED GROUP {group} [members]");
        await MutateAsync("directory", $$"""deleteGroup(input: {groupId: "{{group}}"}) { group { id } }""", $"GROUP_DELETED GROUP {group} []");
        await MutateAsync("directory", $$"""deleteUser(input: {userId: "{{user}}"}) { user { id } }""", $"USER_DELETED USER {user} []");

        await AssertTrailAsync();
    }

    [Fact]
    public async Task Licence_pool_rule_and_digest_mutations_each_leave_one_record()
    {
        var account = AccountId.ToString();
        await MutateAsync("licensing", "updateLicensePool(input: {total: 10, termEnd: \"2027-01-01T00:00:00Z\"}) { licensePool { total } }",
            $"LICENSE_POOL_UPDATED LICENSE_POOL {account} [total,termEnd]");
        await MutateAsync("licensing", "updateLicensePool(input: {total: 10}) { licensePool { total } }", null);
        var rule = (await MutateAsync("licensing", "createLicenseRule(input: {kind: ALL_SCIM_USERS}) { licenseRule { id } }", null))
            .GetProperty("createLicenseRule").GetProperty("licenseRule").GetProperty("id").GetString()!;
        await ExpectAsync($"LICENSE_RULE_CREATED LICENSE_RULE {rule} [kind]");
        await MutateAsync("licensing", $$"""deleteLicenseRule(input: {ruleId: "{{rule}}"}) { licenseRule { id } }""", $"LICENSE_RULE_DELETED LICENSE_RULE {rule} []");
        await MutateAsync("events", "updateDigestSettings(input: {enabled: false}) { digestSettings { enabled } }", $"DIGEST_SETTINGS_UPDATED DIGEST_SETTINGS {account} [enabled]");
        await MutateAsync("events", "updateDigestSettings(input: {enabled: false}) { digestSettings { enabled } }", null);

        await AssertTrailAsync();
    }

    /// <summary>Runs one mutation; `record` is the line it must add to the trail (null: it must add none).</summary>
    private async Task<JsonElement> MutateAsync(string area, string field, string? record)
    {
        var data = (await Client.DataAsync($"mutation($a: ID!) {{ {area}(accountId: $a) {{ {field} }} }}", new { a = AccountId })).GetProperty(area);
        if (record is not null)
        {
            await ExpectAsync(record);
        }

        return data;
    }

    /// <summary>Waits for the record (delivery is asynchronous) and moves the clock, so records are ordered by time.</summary>
    private async Task ExpectAsync(string record)
    {
        _expected.Add(record);
        var count = _expected.Count;
        await Eventually.AssertAsync(() => Client.AuditFeedAsync(AccountId, new { filter = new { actor = $"apikey:{_prefix}" } }),
            f => f.GetProperty("items").GetArrayLength() >= count, record);
        Factory.Time.Advance(TimeSpan.FromSeconds(1));
    }

    private async Task AssertTrailAsync()
    {
        await Factory.WaitForOutboxesAsync();
        var items = (await Client.AuditFeedAsync(AccountId, new { sort = new { direction = "ASC" }, filter = new { actor = $"apikey:{_prefix}" } })).Items();
        Assert.Equal(_expected, items.Select(AuditApi.Line));
        Assert.All(items, item =>
        {
            Assert.Equal(_keyId, item.GetProperty("apiKeyId").GetString());
            Assert.Equal(_prefix, item.GetProperty("apiKeyPrefix").GetString());
            Assert.Equal(ClientIp, item.GetProperty("clientAddress").GetString());
        });
        // Besides them, only the account's creation and its first key, by the test's operator.
        var all = (await Client.AuditFeedAsync(AccountId, new { limit = 1000 })).Items();
        Assert.Equal(_expected.Count + 2, all.Count);
        Assert.Equal(2, all.Count(i => i.GetProperty("actor").GetString() == "test"));
    }

    private async Task<(string Id, string Secret)> TokenAsync(string directory, string expiry)
    {
        var created = (await MutateAsync("directory", $$"""createScimToken(input: {directoryId: "{{directory}}"{{expiry}}}) { token scimToken { id } }""", null))
            .GetProperty("createScimToken");
        return (created.GetProperty("scimToken").GetProperty("id").GetString()!, created.GetProperty("token").GetString()!);
    }

    /// <summary>The secret itself, and its SHA-256 (what the database stores) as hex and base64.</summary>
    private static IEnumerable<string> SecretForms(string secret)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(secret));
        return [secret, Convert.ToHexString(hash), Convert.ToBase64String(hash), Convert.ToBase64String(hash).TrimEnd('=')];
    }
}
