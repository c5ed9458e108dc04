using System.Net;
using CatoScim.Host.Tests.Infrastructure;

namespace CatoScim.Host.Tests.GraphQL;

/// <summary>A directory's userCount and groupCount are the users and groups it provisions, not the account's.</summary>
public sealed class ScimDirectoryCountsTests
{
    [Fact]
    public async Task A_directory_counts_the_users_and_groups_it_pushed_and_not_manual_ones()
    {
        await using var factory = new CatoScimFactory();
        var (accountId, key) = await factory.CreateAccountAsync();
        var scim = await factory.CreateScimClientAsync(accountId);
        var ann = (await scim.PostAsync("/Users", ScimBodies.OktaUser("ann@example.com", externalId: "00u1"))).Str("id");
        Assert.Equal(HttpStatusCode.Created, (await scim.PostAsync("/Users", ScimBodies.OktaUser("bob@example.com", externalId: "00u2"))).Status);
        Assert.Equal(HttpStatusCode.Created, (await scim.PostAsync("/Groups",
            $$"""{"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"Engineering","members":[{"value":"{{ann}}"}]}""")).Status);
        var client = factory.GraphQL(key);
        await client.DataAsync("mutation($a: ID!) { directory(accountId: $a) { createGroup(input: {name: \"Local\"}) { group { id } } } }", new { a = accountId });
        await client.DataAsync("mutation($a: ID!) { directory(accountId: $a) { createUser(input: {userName: \"cid@example.com\"}) { user { id } } } }", new { a = accountId });

        var directory = (await client.DataAsync("query($a: ID!, $d: ID!) { directory(accountId: $a) { directory(id: $d) { userCount groupCount } } }",
            new { a = accountId, d = scim.DirectoryId })).GetProperty("directory").GetProperty("directory");

        Assert.Equal(2, directory.GetProperty("userCount").GetInt32());
        Assert.Equal(1, directory.GetProperty("groupCount").GetInt32());
    }
}
