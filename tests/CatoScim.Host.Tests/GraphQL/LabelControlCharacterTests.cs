using CatoScim.Host.Tests.Infrastructure;
using CatoScim.ModuleKit.GraphQL;

namespace CatoScim.Host.Tests.GraphQL;

/// <summary>
/// The names admins give records are one line of printable text: a NUL, a line break, a tab or a C1 control in one is
/// VALIDATION on `input.name`, and nothing is created or renamed.
/// </summary>
public sealed class LabelControlCharacterTests() : AccountTestBase(new(settings: new() { ["Outbox:DispatcherEnabled"] = "false" }))
{
    public static TheoryData<string> Names => new() { "a\0b", "two\nlines", "tab\there", "bell\u0007", "next\u0085line", "del\u007F" };

    [Theory]
    [MemberData(nameof(Names))]
    public async Task A_name_with_a_control_character_is_refused_everywhere_and_nothing_changes(string name)
    {
        var directory = await DirectoryAdminCalls.CreateDirectoryAsync(Client, AccountId, "Okta");

        await RefusedAsync("""mutation($a: ID!, $n: String!) { directory(accountId: $a) { createScimDirectory(input: {name: $n, provider: OKTA}) { scimDirectory { id } } } }""", name);
        await RefusedAsync("""mutation($a: ID!, $n: String!) { directory(accountId: $a) { createGroup(input: {name: $n}) { group { id } } } }""", name);
        await RefusedAsync("""mutation($a: ID!, $n: String!) { account(accountId: $a) { updateAccount(input: {name: $n}) { account { name } } } }""", name);
        await RefusedAsync("""mutation($a: ID!, $n: String!) { account(accountId: $a) { createApiKey(input: {name: $n, role: VIEWER}) { key } } }""", name);
        await RefusedAsync(
            """mutation($a: ID!, $n: String!, $d: ID!) { directory(accountId: $a) { createScimToken(input: {directoryId: $d, name: $n}) { token } } }""",
            name, directory);

        var data = await Client.DataAsync(
            """query($a: ID!) { directory(accountId: $a) { directories { name } groups { paging { total } } } account(accountId: $a) { name apiKeys { name } } }""",
            new { a = AccountId });
        Assert.Equal(["Okta"], data.GetProperty("directory").GetProperty("directories").EnumerateArray().Select(d => d.GetProperty("name").GetString()));
        Assert.Equal(0, data.GetProperty("directory").GetProperty("groups").GetProperty("paging").GetProperty("total").GetInt32());
        Assert.Equal("acme", data.GetProperty("account").GetProperty("name").GetString());
        Assert.DoesNotContain(data.GetProperty("account").GetProperty("apiKeys").EnumerateArray(), k => k.GetProperty("name").GetString() == name);
    }

    [Fact]
    public async Task Letters_of_any_script_and_spaces_inside_a_name_are_kept()
    {
        var data = await Client.DataAsync(
            """mutation($a: ID!) { directory(accountId: $a) { createScimDirectory(input: {name: "Entra – Zürich 東京", provider: ENTRA}) { scimDirectory { name } } } }""",
            new { a = AccountId });

        Assert.Equal("Entra – Zürich 東京", data.GetProperty("directory").GetProperty("createScimDirectory").GetProperty("scimDirectory").GetProperty("name").GetString());
    }

    private async Task RefusedAsync(string mutation, string name, string? directoryId = null)
    {
        var body = await Client.ErrorAsync(mutation, ErrorCodes.Validation, new { a = AccountId, n = name, d = directoryId });
        var error = body.GetProperty("errors")[0];
        Assert.Equal("input.name", error.GetProperty("extensions").GetProperty("field").GetString());
        Assert.Contains("control characters", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
