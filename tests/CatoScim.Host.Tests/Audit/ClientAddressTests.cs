using System.Net.Http.Json;
using CatoScim.Host.Tests.Infrastructure;

namespace CatoScim.Host.Tests.Audit;

/// <summary>The recorded client address follows the existing forwarded-headers trust: a proxy's X-Forwarded-For only from a trusted proxy.</summary>
public sealed class ClientAddressTests
{
    [Theory]
    [InlineData("127.0.0.1", "198.51.100.44")]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:192.0.2.5", "192.0.2.5")]
    public async Task The_record_carries_the_forwarded_address_only_from_a_trusted_proxy(string remote, string recorded)
    {
        await using var factory = new CatoScimFactory();
        var (accountId, key) = await factory.CreateAccountAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query = "mutation($a: ID!) { account(accountId: $a) { updateAccount(input: {name: \"Renamed\"}) { account { name } } } }", variables = new { a = accountId } }),
        };
        request.Headers.Add("x-api-key", key);
        request.Headers.Add(TestRemoteIpStartupFilter.Header, remote);
        request.Headers.Add("X-Forwarded-For", "198.51.100.44");
        using var response = await factory.CreateClient().SendAsync(request);
        response.EnsureSuccessStatusCode();

        var feed = await factory.GraphQL(key).WaitForAuditAsync(accountId, 1, new { filter = new { actions = new[] { "ACCOUNT_UPDATED" } } });
        Assert.Equal(recorded, Assert.Single(feed.Items()).GetProperty("clientAddress").GetString());
    }
}
