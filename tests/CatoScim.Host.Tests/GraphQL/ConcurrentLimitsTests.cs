using System.Text.Json;
using CatoScim.Host.Tests.Infrastructure;

namespace CatoScim.Host.Tests.GraphQL;

/// <summary>Limits hold when the requests that would break them arrive together, not only one after another.</summary>
public sealed class ConcurrentLimitsTests() : AccountTestBase(new(settings: new() { ["Outbox:DispatcherEnabled"] = "false" }))
{
    private const int Parallel = 10;

    [Fact]
    public async Task Ten_parallel_createScimDirectory_with_one_name_create_exactly_one_and_the_rest_are_CONFLICT()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, Parallel).Select(i =>
            Client.PostAsync(DirectoryAdminCalls.CreateMutation(AccountId, i % 2 == 0 ? "Okta" : "OKTA"))));

        Assert.Equal(1, results.Count(r => !r.Body.TryGetProperty("errors", out _)));
        Assert.Equal(Parallel - 1, results.Count(r => ErrorCode(r.Body) == "CONFLICT"));
        var listed = await Client.DataAsync("query($a: ID!) { directory(accountId: $a) { directories { name } } }", new { a = AccountId });
        Assert.Equal(1, listed.GetProperty("directory").GetProperty("directories").GetArrayLength());
    }

    [Fact]
    public async Task Ten_parallel_createScimToken_leave_exactly_two_active_tokens()
    {
        var directoryId = await DirectoryAdminCalls.CreateDirectoryAsync(Client, AccountId, "Okta");

        var results = await Task.WhenAll(Enumerable.Range(0, Parallel).Select(_ =>
            Client.PostAsync(DirectoryAdminCalls.TokenMutation, new { a = AccountId, d = directoryId })));

        Assert.Equal(2, results.Count(r => !r.Body.TryGetProperty("errors", out _)));
        Assert.Equal(Parallel - 2, results.Count(r => ErrorCode(r.Body) == "VALIDATION"));
        var tokens = await Client.DataAsync(
            "query($a: ID!) { directory(accountId: $a) { directories { tokens { id revoked } } } }", new { a = AccountId });
        Assert.Equal(2, tokens.GetProperty("directory").GetProperty("directories")[0].GetProperty("tokens").GetArrayLength());
    }

    [Fact]
    public async Task Ten_parallel_createGroup_with_one_name_in_any_case_create_exactly_one_and_the_rest_are_CONFLICT()
    {
        const string mutation = "mutation($a: ID!, $input: CreateGroupInput!) { directory(accountId: $a) { createGroup(input: $input) { group { id } } } }";

        var results = await Task.WhenAll(Enumerable.Range(0, Parallel).Select(i =>
            Client.PostAsync(mutation, new { a = AccountId, input = new { name = i % 2 == 0 ? "Admins" : "ADMINS" } })));

        Assert.Equal(1, results.Count(r => !r.Body.TryGetProperty("errors", out _)));
        Assert.Equal(Parallel - 1, results.Count(r => ErrorCode(r.Body) == "CONFLICT"));
    }

    private static string? ErrorCode(JsonElement body) =>
        body.TryGetProperty("errors", out var errors) ? errors[0].GetProperty("extensions").GetProperty("code").GetString() : null;
}
