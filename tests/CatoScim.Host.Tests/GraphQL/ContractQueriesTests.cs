using System.Net;
using System.Text.Json;
using CatoScim.Host.Tests.Events;
using CatoScim.Host.Tests.Infrastructure;
using CatoScim.Host.Tests.Licensing;

namespace CatoScim.Host.Tests.GraphQL;

/// <summary>
/// The selections other tools send (issue 14, "Contracts that must keep working"), word for word: a rename that
/// breaks one fails here, whatever the SDL snapshot says. Payload fields renamed since are selected by their old,
/// deprecated names, as those tools do.
/// </summary>
public sealed class ContractQueriesTests : IAsyncLifetime
{
    private const string ScimSetup = """
        mutation($a: ID!, $enabled: Boolean!, $name: String!, $provider: ScimProvider!) { directory(accountId: $a) {
          updateScimSettings(input: {enabled: $enabled}) { settings { enabled } }
          createScimDirectory(input: {name: $name, provider: $provider}) { directory { id baseUrl } } } }
        """;

    private const string ScimToken = """
        mutation($a: ID!, $directoryId: ID!, $expiresAt: DateTime) { directory(accountId: $a) {
          createScimToken(input: {directoryId: $directoryId, expiresAt: $expiresAt}) { token } } }
        """;

    private const string Feed = """
        query($a: ID!, $limit: Int, $marker: String) { events(accountId: $a) { feed(input: {limit: $limit, marker: $marker}) {
          items { id time action operation resourceType resourceId displayName directoryId message reason httpStatus }
          marker hasMore fetchedCount } } }
        """;

    private const string Digest = """
        mutation($a: ID!, $enabled: Boolean) { events(accountId: $a) { updateDigestSettings(input: {enabled: $enabled}) { digest { enabled } } } }
        """;

    private const string Pool = "query($a: ID!) { licensing(accountId: $a) { pool { total allocated available pending } } }";

    private const string Licensing = """
        mutation($a: ID!, $total: Int!, $kind: LicenseRuleKind!, $userId: ID, $groupId: ID) { licensing(accountId: $a) {
          updateLicensePool(input: {total: $total}) { pool { total } }
          createLicenseRule(input: {kind: $kind, userId: $userId, groupId: $groupId}) { rule { id kind } } } }
        """;

    private const string UserLicense = "query($a: ID!, $id: ID!) { directory(accountId: $a) { user(id: $id) { license { status } } } }";

    private const string Account = """
        mutation($a: ID!, $alertRecipients: [String!]) { account(accountId: $a) { updateAccount(input: {alertRecipients: $alertRecipients}) { account { alertRecipients } } } }
        """;

    private readonly CatoScimFactory _factory = new();
    private Guid _account;
    private GraphQLTestClient _gql = null!;

    public async Task InitializeAsync()
    {
        string key;
        (_account, key) = await _factory.CreateAccountAsync();
        _gql = _factory.GraphQL(key);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task An_IdP_connected_through_the_directory_contracts_provisions_a_user_whose_licence_events_and_settings_the_other_contracts_read()
    {
        var setup = (await _gql.DataAsync(ScimSetup, new { a = _account, enabled = true, name = "Okta prod", provider = "OKTA" })).GetProperty("directory");
        Assert.True(setup.GetProperty("updateScimSettings").GetProperty("settings").GetProperty("enabled").GetBoolean());
        var directory = setup.GetProperty("createScimDirectory").GetProperty("directory");
        var directoryId = Str(directory, "id");
        var scimPath = new Uri(Str(directory, "baseUrl")).AbsolutePath;
        Assert.Equal($"/scim/v2/{_account}/{directoryId}", scimPath);

        var token = Str((await _gql.DataAsync(ScimToken, new { a = _account, directoryId, expiresAt = _factory.Time.GetUtcNow().AddDays(30).ToString("O") }))
            .GetProperty("directory").GetProperty("createScimToken"), "token");
        var scim = new ScimTestClient(_factory.CreateClient(), scimPath, token, _account, Guid.Parse(directoryId));
        var created = await scim.PostAsync("/Users", ScimBodies.OktaUser("ann@acme.com"));
        Assert.Equal(HttpStatusCode.Created, created.Status);
        var userId = created.Str("id")!;
        await _factory.WaitForUserCopiesAsync([userId]);

        var licensing = (await _gql.DataAsync(Licensing, new { a = _account, total = 5, kind = "USER", userId, groupId = (string?)null })).GetProperty("licensing");
        Assert.Equal(5, licensing.GetProperty("updateLicensePool").GetProperty("pool").GetProperty("total").GetInt32());
        Assert.Equal("USER", Str(licensing.GetProperty("createLicenseRule").GetProperty("rule"), "kind"));
        var pool = (await _gql.DataAsync(Pool, new { a = _account })).GetProperty("licensing").GetProperty("pool");
        Assert.Equal((5, 1, 4, 0), (Int(pool, "total"), Int(pool, "allocated"), Int(pool, "available"), Int(pool, "pending")));
        var license = (await _gql.DataAsync(UserLicense, new { a = _account, id = userId })).GetProperty("directory").GetProperty("user").GetProperty("license");
        Assert.Equal("ASSIGNED", Str(license, "status"));

        // The user's creation and its seat: two events, so the contract's marker has a second page to lead to.
        var all = await Eventually.AssertAsync(async () => (await _gql.DataAsync(Feed, new { a = _account, limit = 50, marker = (string?)null }))
            .GetProperty("events").GetProperty("feed"), p => p.Items().Select(i => Str(i, "operation")).Order(StringComparer.Ordinal)
            .SequenceEqual(["LICENSE_ASSIGNED", "USER_CREATED"]), "the user's USER_CREATED and LICENSE_ASSIGNED events");
        var item = all.Items().Single(i => Str(i, "operation") == "USER_CREATED");
        Assert.Equal(("SUCCESS", "USER", userId, "ann@acme.com", directoryId), (Str(item, "action"), Str(item, "resourceType"), Str(item, "resourceId"),
            Str(item, "displayName"), Str(item, "directoryId")));
        var first = (await _gql.DataAsync(Feed, new { a = _account, limit = 1, marker = (string?)null })).GetProperty("events").GetProperty("feed");
        Assert.Equal((1, true), (Int(first, "fetchedCount"), first.GetProperty("hasMore").GetBoolean()));
        var second = (await _gql.DataAsync(Feed, new { a = _account, limit = 1, marker = Str(first, "marker") })).GetProperty("events").GetProperty("feed");
        Assert.Equal((1, false), (Int(second, "fetchedCount"), second.GetProperty("hasMore").GetBoolean()));
        Assert.Equal(all.Items().Select(i => Str(i, "id")), [Str(first.Items()[0], "id"), Str(second.Items()[0], "id")]);

        var digest = (await _gql.DataAsync(Digest, new { a = _account, enabled = false })).GetProperty("events").GetProperty("updateDigestSettings");
        Assert.False(digest.GetProperty("digest").GetProperty("enabled").GetBoolean());
        var account = (await _gql.DataAsync(Account, new { a = _account, alertRecipients = new[] { "ops@acme.com" } }))
            .GetProperty("account").GetProperty("updateAccount").GetProperty("account");
        Assert.Equal("""["ops@acme.com"]""", account.GetProperty("alertRecipients").GetRawText());
    }

    private static string Str(JsonElement element, string name) => element.GetProperty(name).GetString()!;

    private static int Int(JsonElement element, string name) => element.GetProperty(name).GetInt32();
}
