using CatoScim.Host.Tests.Infrastructure;

namespace CatoScim.Host.Tests.GraphQL;

/// <summary>A key name fits its column on both providers: over it is a VALIDATION error and nothing is stored.</summary>
public sealed class ApiKeyNameTests() : AccountTestBase(new(settings: new() { ["Outbox:DispatcherEnabled"] = "false" }))
{
    private const string Create = "mutation($a: ID!, $n: String!) { account(accountId: $a) { createApiKey(input: {name: $n, role: VIEWER}) { apiKey { name } } } }";
    private const string Names = "query($a: ID!) { account(accountId: $a) { apiKeys { name } } }";

    [Fact]
    public async Task A_name_of_200_characters_is_kept_and_201_is_VALIDATION_with_nothing_stored()
    {
        var longest = new string('k', 200);
        var created = await Client.DataAsync(Create, new { a = AccountId, n = $"  {longest}  " });
        Assert.Equal(longest, created.GetProperty("account").GetProperty("createApiKey").GetProperty("apiKey").GetProperty("name").GetString());

        await Client.ErrorAsync(Create, "VALIDATION", new { a = AccountId, n = new string('k', 201) });

        var names = (await Client.DataAsync(Names, new { a = AccountId })).GetProperty("account").GetProperty("apiKeys")
            .EnumerateArray().Select(k => k.GetProperty("name").GetString()!).ToList();
        Assert.Equal(2, names.Count);
        Assert.Contains(longest, names);
        Assert.DoesNotContain(names, n => n.Length > 200);
    }
}
