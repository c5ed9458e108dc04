using System.Net;
using System.Text.Json;
using CatoScim.Host.Tests.Infrastructure;
using CatoScim.Host.Tests.Licensing;

namespace CatoScim.Host.Tests.GraphQL.Guide;

/// <summary>
/// One account seeded the way an admin and an IdP fill it, over the public APIs (GraphQL with the account's EDITOR key,
/// SCIM with a directory's token), so that every placeholder of the guide's examples names a real entity. Revokes and
/// deletes act on entities seeded for them alone, so every other example still finds its own.
/// </summary>
internal sealed class GuideSeed
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, string>> _destroyed = new(StringComparer.Ordinal);

    private GuideSeed(string editorKey) => EditorKey = editorKey;

    public string EditorKey { get; }

    public string ViewerKey { get; private set; } = "";

    /// <summary>The placeholders' values for one example: the shared ones, or for a revoke or delete its own.</summary>
    public IReadOnlyDictionary<string, string> ValuesFor(string document)
    {
        var values = new Dictionary<string, string>(_values, StringComparer.Ordinal);
        foreach (var (placeholder, value) in _destroyed.GetValueOrDefault(document) ?? [])
        {
            values[placeholder] = value;
        }

        return values;
    }

    public static async Task<GuideSeed> CreateAsync(CatoScimFactory factory)
    {
        var (accountId, editorKey) = await factory.CreateAccountAsync("acme");
        var seed = new GuideSeed(editorKey);
        var gql = factory.GraphQL(editorKey);
        var a = accountId.ToString();
        seed._values["ACCOUNT_ID"] = a;

        var keys = (await gql.DataAsync("""
            mutation($a: ID!) { account(accountId: $a) {
              viewer: createApiKey(input: {name: "console viewer", role: VIEWER}) { key }
              spare: createApiKey(input: {name: "to revoke", role: VIEWER}) { apiKey { id } }
              updateAccount(input: {alertRecipients: ["ops@acme.com"]}) { account { id } } } }
            """, new { a })).GetProperty("account");
        seed.ViewerKey = Str(keys.GetProperty("viewer"), "key");
        seed._values["API_KEY_ID"] = Str(keys.GetProperty("spare").GetProperty("apiKey"), "id");

        var directories = (await gql.DataAsync("""
            mutation($a: ID!) { directory(accountId: $a) {
              updateScimSettings(input: {enabled: true}) { scimSettings { enabled } }
              okta: createScimDirectory(input: {name: "Okta", provider: OKTA}) { scimDirectory { id baseUrl } }
              entra: createScimDirectory(input: {name: "Entra ID", provider: ENTRA}) { scimDirectory { id } }
              retired: createScimDirectory(input: {name: "Retired", provider: CUSTOM}) { scimDirectory { id } } } }
            """, new { a })).GetProperty("directory");
        var okta = directories.GetProperty("okta").GetProperty("scimDirectory");
        seed._values["DIRECTORY_ID"] = Str(okta, "id");
        seed._destroyed["DeleteScimDirectory"] = new() { ["DIRECTORY_ID"] = Str(directories.GetProperty("retired").GetProperty("scimDirectory"), "id") };

        var tokens = (await gql.DataAsync("""
            mutation($a: ID!, $okta: ID!, $entra: ID!) { directory(accountId: $a) {
              okta: createScimToken(input: {directoryId: $okta, name: "Okta app"}) { token scimToken { id } }
              entra: createScimToken(input: {directoryId: $entra}) { scimToken { id } } } }
            """, new { a, okta = Str(okta, "id"), entra = Str(directories.GetProperty("entra").GetProperty("scimDirectory"), "id") })).GetProperty("directory");
        seed._values["TOKEN_ID"] = Str(tokens.GetProperty("okta").GetProperty("scimToken"), "id");
        seed._destroyed["RevokeScimToken"] = new() { ["TOKEN_ID"] = Str(tokens.GetProperty("entra").GetProperty("scimToken"), "id") };

        var scim = new ScimTestClient(factory.CreateClient(), new Uri(Str(okta, "baseUrl")).AbsolutePath, Str(tokens.GetProperty("okta"), "token"),
            accountId, Guid.Parse(Str(okta, "id")));
        var ann = await CreateScimUserAsync(scim, "ann@acme.com", "00u1ann");
        var bo = await CreateScimUserAsync(scim, "bo@acme.com", "00u2bo");
        var group = await LicensingTestData.CreateScimGroupAsync(scim, "Engineering", [ann, bo]);
        seed._values["USER_ID"] = ann;
        seed._values["GROUP_ID"] = group;

        var manual = (await gql.DataAsync("""
            mutation($a: ID!) { directory(accountId: $a) {
              carol: createUser(input: {userName: "carol@acme.com", givenName: "Carol", familyName: "Diaz"}) { user { id } }
              dan: createUser(input: {userName: "dan@acme.com"}) { user { id } } } }
            """, new { a })).GetProperty("directory");
        var carol = Str(manual.GetProperty("carol").GetProperty("user"), "id");
        seed._values["MANUAL_USER_ID"] = carol;
        seed._destroyed["DeleteUser"] = new() { ["USER_ID"] = Str(manual.GetProperty("dan").GetProperty("user"), "id") };

        var manualGroups = (await gql.DataAsync("""
            mutation($a: ID!) { directory(accountId: $a) {
              vendors: createGroup(input: {name: "Vendors"}) { group { id } }
              retired: createGroup(input: {name: "Old project"}) { group { id } } } }
            """, new { a })).GetProperty("directory");
        var vendors = Str(manualGroups.GetProperty("vendors").GetProperty("group"), "id");
        await gql.DataAsync("""
            mutation($a: ID!, $g: ID!, $ann: ID!) { directory(accountId: $a) { addGroupMembers(input: {groupId: $g, userIds: [$ann]}) { group { id } } } }
            """, new { a, g = vendors, ann });
        seed._values["MANUAL_GROUP_ID"] = vendors;
        seed._destroyed["DeleteGroup"] = new() { ["MANUAL_GROUP_ID"] = Str(manualGroups.GetProperty("retired").GetProperty("group"), "id") };

        // Licensing and Events follow Directory through the outbox; rules and the test email need their copies.
        await factory.WaitForUserCopiesAsync([ann, bo, carol]);
        await factory.WaitForMembersAsync(group, 2);
        var rules = (await gql.DataAsync("""
            mutation($a: ID!, $ann: ID!, $bo: ID!) { licensing(accountId: $a) {
              updateLicensePool(input: {total: 10}) { licensePool { total } }
              ann: createLicenseRule(input: {kind: USER, userId: $ann}) { licenseRule { id } }
              bo: createLicenseRule(input: {kind: USER, userId: $bo}) { licenseRule { id } } } }
            """, new { a, ann, bo })).GetProperty("licensing");
        seed._values["RULE_ID"] = Str(rules.GetProperty("bo").GetProperty("licenseRule"), "id");
        await Eventually.AssertAsync(
            async () => (await gql.DataAsync("query($a: ID!) { events(accountId: $a) { digest { recipients } } }", new { a }))
                .GetProperty("events").GetProperty("digest").GetProperty("recipients").GetArrayLength(),
            n => n > 0, "the alert recipients in Events' copy of the account");
        return seed;
    }

    private static async Task<string> CreateScimUserAsync(ScimTestClient scim, string userName, string externalId)
    {
        var created = await scim.PostAsync("/Users", ScimBodies.OktaUser(userName, externalId: externalId));
        Assert.True(created.Status == HttpStatusCode.Created, created.ToString());
        return created.Str("id")!;
    }

    private static string Str(JsonElement element, string name) => element.GetProperty(name).GetString()!;
}
