using System.Text.Json;
using CatoScim.Directory.Users;
using CatoScim.Host.Tests.Infrastructure;
using CatoScim.Licensing.Seats;
using CatoScim.ModuleKit.GraphQL;
using static CatoScim.Host.Tests.Licensing.LicensingTestData;

namespace CatoScim.Host.Tests.GraphQL;

/// <summary>
/// `extensions.code` and `extensions.field` over HTTP: a refused value is named by its input path as the client wrote it,
/// and a value another record already holds is CONFLICT in every module.
/// </summary>
public sealed class ErrorFieldTests() : AccountTestBase(new(settings: new() { ["Outbox:DispatcherEnabled"] = "false" }))
{
    [Fact]
    public async Task Directory_validation_errors_name_the_input_path()
    {
        var ada = await Factory.AddUserAsync(AccountId, "ada@acme.com", origin: UserOrigin.Manual);
        var group = GroupId(await MutateAsync("createGroup", "name: \"Admins\""));

        await RefusedAsync(Mutation("createScimDirectory", $"name: \"{new string('d', 201)}\", provider: OKTA", "directory { id }"), "input.name");
        await RefusedAsync(Mutation("createUser", "userName: \"not-an-email\"", "user { id }"), "input.userName");
        await RefusedAsync(Mutation("updateUser", $"userId: \"{ada}\", givenName: \"{new string('g', UserFields.NameMax + 1)}\"", "user { id }"), "input.givenName");
        await RefusedAsync(Mutation("addGroupMembers", $"groupId: \"{group}\", userIds: [\"{ada}\", \"not-an-id\"]", "group { id }"), "input.userIds[1]");
        await RefusedAsync(Mutation("addGroupMembers", $"groupId: \"{group}\", userIds: [\"{ada}\", \"{Guid.NewGuid()}\"]", "group { id }"), "input.userIds[1]");
        await RefusedAsync(Query($"users(input: {{paging: {{limit: {PagingInput.MaxLimit + 1}}}}}) {{ paging {{ total }} }}"), "input.paging.limit");
        await RefusedAsync(Query("groups(input: {paging: {from: -1}}) { paging { total } }"), "input.paging.from");
        await RefusedAsync(
            $$"""mutation($a: ID!) { account(accountId: $a) { updateAccount(input: {alertRecipients: ["ok@acme.com", "not-an-email"]}) { account { id } } } }""",
            "input.alertRecipients[1]");
    }

    [Fact]
    public async Task Licensing_validation_errors_name_the_input_path_or_the_argument()
    {
        var user = (await Factory.SeedUserCopiesAsync(AccountId, 1))[0];
        var tooMany = Enumerable.Range(0, LicenseReader.MaxUserIds + 1).Select(_ => Guid.NewGuid()).ToList();

        await RefusedAsync($$"""query($a: ID!) { licensing(accountId: $a) { licenses(userIds: ["{{user}}", "not-an-id"]) { status } } }""", "userIds[1]");
        await RefusedAsync($$"""query($a: ID!) { licensing(accountId: $a) { userLicense(userId: "not-an-id") { status } } }""", "userId");
        await RefusedAsync("""mutation($a: ID!, $ids: [ID!]!) { licensing(accountId: $a) { assignLicenses(input: {userIds: $ids}) { changes { userId } } } }""",
            "input.userIds", variables: new { a = AccountId, ids = tooMany });
        await RefusedAsync($$"""mutation($a: ID!) { licensing(accountId: $a) { createLicenseRule(input: {kind: USER, userId: "{{Guid.NewGuid()}}"}) { rule { id } } } }""",
            "input.userId");
        await RefusedAsync("""mutation($a: ID!) { licensing(accountId: $a) { updateLicensePool(input: {total: -1}) { pool { total } } } }""", "input.total");
        await RefusedAsync("""query($a: ID!) { licensing(accountId: $a) { assignments(input: {paging: {limit: 0}}) { paging { total } } } }""", "input.paging.limit");
    }

    [Fact]
    public async Task Events_validation_errors_name_the_input_path()
    {
        await RefusedAsync("""query($a: ID!) { events(accountId: $a) { feed(input: {marker: "not-a-marker"}) { hasMore } } }""", "input.marker");
        await RefusedAsync("""query($a: ID!) { events(accountId: $a) { feed(input: {limit: 0}) { hasMore } } }""", "input.limit");
        await RefusedAsync("""query($a: ID!) { events(accountId: $a) { feed(input: {filter: {directoryId: "not-an-id"}}) { hasMore } } }""",
            "input.filter.directoryId");
        await RefusedAsync("""query($a: ID!) { audit(accountId: $a) { feed(input: {marker: "not-a-marker"}) { hasMore } } }""", "input.marker");
        await RefusedAsync("""query($a: ID!) { events(accountId: $a) { alerts(input: {paging: {limit: 0}}) { paging { total } } } }""", "input.paging.limit");
        await RefusedAsync(
            """mutation($a: ID!) { events(accountId: $a) { updateAlertSettings(input: {tokenWarningDays: 0}) { alertSettings { tokenWarningDays } } } }""",
            "input.tokenWarningDays");
        await RefusedAsync(
            """mutation($a: ID!) { events(accountId: $a) { updateDigestSettings(input: {recipients: ["ok@acme.com", "not-an-email"]}) { digest { enabled } } } }""",
            "input.recipients[1]");
    }

    [Fact]
    public async Task A_duplicate_is_CONFLICT_naming_the_input_in_every_module()
    {
        var user = (await Factory.SeedUserCopiesAsync(AccountId, 1))[0];
        var rule = $$"""mutation($a: ID!) { licensing(accountId: $a) { createLicenseRule(input: {kind: USER, userId: "{{user}}"}) { rule { id } } } }""";
        await Client.DataAsync(rule, new { a = AccountId });
        var duplicate = await RefusedAsync(rule, "input.userId", ErrorCodes.Conflict);
        Assert.Contains("Duplicate rule", duplicate.GetProperty("message").GetString(), StringComparison.Ordinal);

        await Client.DataAsync(Mutation("createScimDirectory", "name: \"Okta\", provider: OKTA", "directory { id }"), new { a = AccountId });
        await RefusedAsync(Mutation("createScimDirectory", "name: \"OKTA\", provider: OKTA", "directory { id }"), "input.name", ErrorCodes.Conflict);

        await Client.DataAsync(Mutation("createUser", "userName: \"ada@acme.com\"", "user { id }"), new { a = AccountId });
        var bob = await Factory.AddUserAsync(AccountId, "bob@acme.com", origin: UserOrigin.Manual);
        await RefusedAsync(Mutation("createUser", "userName: \"ADA@acme.com\"", "user { id }"), "input.userName", ErrorCodes.Conflict);
        await RefusedAsync(Mutation("updateUser", $"userId: \"{bob}\", userName: \"Ada@Acme.com\"", "user { id }"), "input.userName", ErrorCodes.Conflict);

        await MutateAsync("createGroup", "name: \"Admins\"");
        var other = GroupId(await MutateAsync("createGroup", "name: \"Others\""));
        await RefusedAsync(Mutation("createGroup", "name: \"ADMINS\"", "group { id }"), "input.name", ErrorCodes.Conflict);
        await RefusedAsync(Mutation("updateGroup", $"groupId: \"{other}\", name: \"admins\"", "group { id }"), "input.name", ErrorCodes.Conflict);
    }

    [Fact]
    public async Task An_error_about_no_input_value_carries_no_field()
    {
        var body = await Client.ErrorAsync("""query($a: ID!) { directory(accountId: $a) { user(id: "not-an-id") { id } } }""", ErrorCodes.NotFound, new { a = AccountId });
        Assert.False(body.GetProperty("errors")[0].GetProperty("extensions").TryGetProperty("field", out _), body.ToString());
    }

    private async Task<JsonElement> RefusedAsync(string query, string field, string code = ErrorCodes.Validation, object? variables = null)
    {
        var body = await Client.ErrorAsync(query, code, variables ?? new { a = AccountId });
        var error = body.GetProperty("errors")[0];
        Assert.True(error.GetProperty("extensions").TryGetProperty("field", out var named), body.ToString());
        Assert.Equal(field, named.GetString());
        return error;
    }

    private async Task<JsonElement> MutateAsync(string mutation, string input) =>
        (await Client.DataAsync(Mutation(mutation, input, "group { id }"), new { a = AccountId })).GetProperty("directory").GetProperty(mutation);

    private static string GroupId(JsonElement payload) => payload.GetProperty("group").GetProperty("id").GetString()!;

    private static string Mutation(string field, string input, string selection) =>
        $$"""mutation($a: ID!) { directory(accountId: $a) { {{field}}(input: {{{input}}}) { {{selection}} } } }""";

    private static string Query(string selection) => $$"""query($a: ID!) { directory(accountId: $a) { {{selection}} } }""";
}
