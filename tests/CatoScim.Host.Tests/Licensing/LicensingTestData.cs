using System.Net;
using System.Text.Json;
using CatoScim.Directory.Contracts;
using CatoScim.Host.Tests.Infrastructure;
using CatoScim.Licensing.Copies;
using CatoScim.Licensing.Persistence;
using CatoScim.ModuleKit.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Host.Tests.Licensing;

/// <summary>SCIM users and groups created over HTTP (so notifications flow), and reads of Licensing's own tables.</summary>
internal static class LicensingTestData
{
    public const string Assignments = """
        query($a: ID!, $status: LicenseAssignmentStatus) { licensing(accountId: $a) {
          pool { total allocated available pending }
          assignments(input: {filter: {status: $status}}) { items { userId userName status via } paging { total } } } }
        """;

    public static async Task<List<string>> CreateScimUsersAsync(ScimTestClient scim, int count)
    {
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var created = await scim.PostAsync("/Users", ScimBodies.OktaUser($"u{i}.{Guid.NewGuid():N}@acme.com", externalId: $"00u{i}"));
            Assert.Equal(HttpStatusCode.Created, created.Status);
            ids.Add(created.Str("id")!);
        }

        return ids;
    }

    public static async Task<string> CreateScimGroupAsync(ScimTestClient scim, string name, IEnumerable<string> members)
    {
        var created = await scim.PostAsync("/Groups", ScimGroupData.Group(name, members.Select(Guid.Parse)));
        Assert.Equal(HttpStatusCode.Created, created.Status);
        return created.Str("id")!;
    }

    public static Task<T> LicensingDbAsync<T>(this CatoScimFactory factory, Func<LicensingDbContext, Task<T>> read) =>
        WithScopeAsync(factory, read);

    public static Task<int> LicensingOutboxCountAsync(this CatoScimFactory factory, string type) =>
        factory.LicensingDbAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.Type.Contains($".{type},")));

    /// <summary>Waits until Licensing's copy has the group's members (the outbox is asynchronous).</summary>
    public static Task WaitForMembersAsync(this CatoScimFactory factory, string groupId, int count) =>
        Eventually.AssertAsync(() => factory.LicensingDbAsync(db => db.Memberships.CountAsync(m => m.GroupId == Guid.Parse(groupId))),
            c => c == count, $"{count} memberships of {groupId} in Licensing");

    /// <summary>Waits until Licensing's copy has these users (the outbox is asynchronous).</summary>
    public static Task WaitForUserCopiesAsync(this CatoScimFactory factory, IReadOnlyCollection<string> userIds)
    {
        var ids = userIds.Select(Guid.Parse).ToList();
        return Eventually.AssertAsync(() => factory.LicensingDbAsync(db => db.Users.CountAsync(u => ids.Contains(u.UserId))),
            c => c == ids.Count, $"{ids.Count} user copies in Licensing");
    }

    /// <summary>
    /// Active SCIM users written straight into Licensing's own copies, for the bulk tests: a thousand SCIM creations would
    /// spend the test's time in Directory, and the bulk calls read nothing but these copies.
    /// </summary>
    public static async Task<List<string>> SeedUserCopiesAsync(this CatoScimFactory factory, Guid accountId, int count)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LicensingDbContext>();
        var now = factory.Time.GetUtcNow().UtcDateTime;
        var users = Enumerable.Range(0, count).Select(i => new LicensedUser
        {
            UserId = Guid.CreateVersion7(),
            AccountId = accountId,
            UserName = $"bulk{i:D4}@acme.com",
            Origin = Origins.Scim,
            Active = true,
            UpdatedAt = now,
        }).ToList();
        db.Users.AddRange(users);
        await db.SaveChangesAsync();
        return users.Select(u => u.UserId.ToString()).ToList();
    }

    public static async Task<GraphQLTestClient> ViewerAsync(this CatoScimFactory factory, GraphQLTestClient editor, Guid accountId)
    {
        var created = await editor.DataAsync("""mutation($a: ID!) { account(accountId: $a) { createApiKey(input: {name: "viewer", role: VIEWER}) { key } } }""", new { a = accountId });
        return factory.GraphQL(created.GetProperty("account").GetProperty("createApiKey").GetProperty("key").GetString());
    }

    public static async Task<JsonElement> LicensingAsync(this GraphQLTestClient gql, Guid accountId, string? status = null) =>
        (await gql.DataAsync(Assignments, new { a = accountId, status })).GetProperty("licensing");

    public static List<string> UserIds(JsonElement licensing) =>
        licensing.GetProperty("assignments").GetProperty("items").EnumerateArray().Select(i => i.GetProperty("userId").GetString()!).ToList();

    private static async Task<T> WithScopeAsync<T>(CatoScimFactory factory, Func<LicensingDbContext, Task<T>> read)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<LicensingDbContext>());
    }
}
