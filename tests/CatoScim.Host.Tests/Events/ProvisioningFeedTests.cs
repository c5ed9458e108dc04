using System.Net;
using CatoScim.Host.Tests.Infrastructure;
using static CatoScim.Host.Tests.Infrastructure.ScimBodies;

namespace CatoScim.Host.Tests.Events;

/// <summary>SCIM traffic over HTTP ends up as provisioning events in the GraphQL feed, through the outbox.</summary>
public sealed class ProvisioningFeedTests : IAsyncLifetime
{
    private readonly CatoScimFactory _factory = new(settings: new() { ["Scim:RateLimitPerSecond"] = "0" });
    private ScimTestClient _scim = null!;
    private GraphQLTestClient _gql = null!;

    public async Task InitializeAsync()
    {
        var (accountId, key) = await _factory.CreateAccountAsync();
        _scim = await _factory.CreateScimClientAsync(accountId);
        _gql = _factory.GraphQL(key);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Create_update_deactivate_and_a_failed_request_become_events()
    {
        var created = await _scim.PostAsync("/Users", OktaUser("ann@acme.com", externalId: "00uANN"));
        Assert.Equal(HttpStatusCode.Created, created.Status);
        var id = created.Str("id")!;
        _factory.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.OK, (await _scim.PutAsync($"/Users/{id}", OktaUser("ann@acme.com", title: "CTO", externalId: "00uANN"))).Status);
        _factory.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.OK, (await _scim.PatchAsync($"/Users/{id}", Patch("""{"op":"replace","value":{"active":false}}"""))).Status);
        _factory.Time.Advance(TimeSpan.FromSeconds(1));
        var failed = await _scim.PostAsync("/Users", OktaUser("", externalId: "00uBAD"));
        Assert.Equal(HttpStatusCode.BadRequest, failed.Status);

        var feed = await _gql.WaitForFeedAsync(_scim.AccountId, 4);
        var items = feed.Items();
        Assert.Equal(4, items.Count);
        Assert.Equal(["USER_CREATE", "USER_DEACTIVATED", "USER_UPDATED", "USER_CREATED"], items.Select(i => i.GetProperty("operation").GetString()));
        Assert.Equal(["FAILURE", "DISABLED", "SUCCESS", "SUCCESS"], items.Select(i => i.GetProperty("action").GetString()));
        Assert.All(items, i => Assert.Equal(_scim.DirectoryId.ToString(), i.GetProperty("directoryId").GetString()));
        Assert.All(items, i => Assert.Equal("USER", i.GetProperty("resourceType").GetString()));
        Assert.All(items, i => Assert.Equal("SCIM", i.GetProperty("source").GetString()));
        Assert.All(items[1..], i => Assert.Equal(id, i.GetProperty("resourceId").GetString()));
        Assert.All(items[1..], i => Assert.Equal("ann@acme.com", i.GetProperty("displayName").GetString()));
        Assert.Equal("00uANN", items[3].GetProperty("externalId").GetString());
        Assert.Equal("SCIM deactivated ann@acme.com", items[1].GetProperty("message").GetString());
        Assert.Contains("title", items[2].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(new DateTime(2026, 1, 5, 10, 0, 0, DateTimeKind.Utc), items[3].GetProperty("time").GetDateTime().ToUniversalTime());

        var failure = items[0];
        Assert.Equal(400, failure.GetProperty("httpStatus").GetInt32());
        Assert.Equal(failed.Str("scimType"), failure.GetProperty("scimType").GetString());
        Assert.Equal(failed.Str("detail"), failure.GetProperty("reason").GetString());
        Assert.Equal(JsonValueKindNull, failure.GetProperty("resourceId").ValueKind);
    }

    [Fact]
    public async Task An_idp_delete_becomes_an_unlinked_event()
    {
        var created = await _scim.PostAsync("/Users", OktaUser("bo@acme.com"));
        var id = created.Str("id")!;
        _factory.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.NoContent, (await _scim.DeleteAsync($"/Users/{id}")).Status);

        var items = (await _gql.WaitForFeedAsync(_scim.AccountId, 2)).Items();
        Assert.Equal("USER_UNLINKED", items[0].GetProperty("operation").GetString());
        Assert.Equal("SUCCESS", items[0].GetProperty("action").GetString());
    }

    [Fact]
    public async Task A_group_push_becomes_group_events_with_one_line_per_membership_batch()
    {
        var ann = (await _scim.PostAsync("/Users", OktaUser("ann@acme.com"))).Str("id");
        var bo = (await _scim.PostAsync("/Users", OktaUser("bo@acme.com", externalId: "00u2"))).Str("id");
        _factory.Time.Advance(TimeSpan.FromSeconds(1));
        var group = await _scim.PostAsync("/Groups", """{"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"Engineering"}""");
        Assert.Equal(HttpStatusCode.Created, group.Status);
        _factory.Time.Advance(TimeSpan.FromSeconds(1));
        var patch = await _scim.PatchAsync($"/Groups/{group.Str("id")}", Patch(
            $$"""{"op":"add","path":"members","value":[{"value":"{{ann}}"},{"value":"{{bo}}"}]}"""));
        Assert.True(patch.Status is HttpStatusCode.OK or HttpStatusCode.NoContent, patch.ToString());

        var items = (await _gql.WaitForFeedAsync(_scim.AccountId, 4)).Items();
        Assert.Equal("GROUP_MEMBERS_ADDED", items[0].GetProperty("operation").GetString());
        Assert.Equal("GROUP", items[0].GetProperty("resourceType").GetString());
        Assert.Contains("added 2 members", items[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("GROUP_CREATED", items[1].GetProperty("operation").GetString());
        Assert.Equal("Engineering", items[1].GetProperty("displayName").GetString());
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;
}
