using System.Net;
using System.Text.Json;
using CatoScim.Host.Tests.Infrastructure;
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
