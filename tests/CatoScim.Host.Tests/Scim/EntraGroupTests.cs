using System.Net;
using CatoScim.Host.Tests.Infrastructure;
using static CatoScim.Host.Tests.Infrastructure.ScimBodies;
using static CatoScim.Host.Tests.Infrastructure.ScimGroupData;

namespace CatoScim.Host.Tests.Scim;

/// <summary>The group request shapes of Microsoft Entra ID's provisioning service.</summary>
public sealed class EntraGroupTests : IAsyncLifetime
{
    private readonly CatoScimFactory _factory = new();
    private ScimTestClient _scim = null!;

    public async Task InitializeAsync() => _scim = await _factory.CreateScimClientAsync(provider: "Entra");

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Provision_patch_with_capitalised_ops_and_minimal_responses()
    {
        var users = await _factory.SeedUsersAsync(_scim, 4);
        var lookup = $"/Groups?excludedAttributes=members&filter={Filter("displayName eq \"Finance EMEA\"")}";
        Assert.Equal(0, (await _scim.GetAsync(lookup)).Json.GetProperty("totalResults").GetInt32());
        var created = await _scim.PostAsync("/Groups", """
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"externalId":"5c1f-entra","displayName":"Finance EMEA","meta":{"resourceType":"Group"}}
            """);
        Assert.Equal(HttpStatusCode.Created, created.Status);
        var id = created.Str("id")!;
        var byExternalId = await _scim.GetAsync($"/Groups?excludedAttributes=members&filter={Filter("externalId eq \"5c1f-entra\"")}");
        Assert.Equal(id, byExternalId.Json.GetProperty("Resources")[0].GetProperty("id").GetString());

        var add = await _scim.PatchAsync($"/Groups/{id}", Patch($$"""{"op":"Add","path":"members","value":[{{Members(users)}}]}"""), Minimal);
        Assert.Equal(HttpStatusCode.NoContent, add.Status);
        Assert.Null(add.Body);

        var remove = await _scim.PatchAsync($"/Groups/{id}", Patch($$"""{"op":"Remove","path":"members","value":[{{Members(users.Take(2))}}]}"""), Minimal);
        Assert.Equal(HttpStatusCode.NoContent, remove.Status);
        var rename = await _scim.PatchAsync($"/Groups/{id}", Patch("""{"op":"Replace","path":"displayName","value":"Finance Europe"}"""), Minimal);
        Assert.Equal(HttpStatusCode.NoContent, rename.Status);

        var withoutMembers = await _scim.GetAsync($"/Groups/{id}?excludedAttributes=members");
        Assert.Equal("Finance Europe", withoutMembers.Str("displayName"));
        Assert.False(withoutMembers.Json.GetProperty("id").ValueKind == System.Text.Json.JsonValueKind.Undefined);
        Assert.False(withoutMembers.Json.TryGetProperty("members", out _));
        var full = await _scim.GetAsync($"/Groups/{id}");
        Assert.Equal(
            users.Skip(2).Select(u => u.ToString()).Order(),
            full.Json.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("value").GetString()!).Order());

        // Removing users who are not members (Entra retries) changes nothing and still succeeds.
        var again = await _scim.PatchAsync($"/Groups/{id}", Patch($$"""{"op":"Remove","path":"members","value":[{{Members(users.Take(2))}}]}"""), Minimal);
        Assert.Equal(HttpStatusCode.NoContent, again.Status);
        Assert.Equal(HttpStatusCode.NoContent, (await _scim.DeleteAsync($"/Groups/{id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await _scim.GetAsync($"/Groups/{id}")).Status);
    }

    private static void Minimal(HttpRequestMessage request) => request.Headers.Add("Prefer", "return=minimal");
}
