using CatoScim.Directory.Persistence;
using CatoScim.Host.Tests.Audit;
using CatoScim.Host.Tests.Infrastructure;
using CatoScim.Licensing.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Host.Tests.Licensing;

/// <summary>
/// An upgrade from before UserLicenseStatusChanged: seats exist, Directory's copy of the statuses does not. The first
/// start publishes every seat's status once, so the users' licence filter is right without any seat moving.
/// </summary>
public sealed class LicenseStatusBackfillTests
{
    private const string Filter = """
        query($a: ID!, $s: [LicenseStatus!]) { directory(accountId: $a) { users(input: {filter: {licenseStatuses: $s}}) { items { id } } } }
        """;

    [Fact]
    public async Task The_first_start_after_the_upgrade_publishes_existing_seats_so_the_licence_filter_finds_them()
    {
        var dataDir = TestFolders.New();
        Guid accountId;
        string key;
        List<string> users;
        await using (var before = new CatoScimFactory(dataDir))
        {
            (accountId, key) = await before.CreateAccountAsync();
            var scim = await before.CreateScimClientAsync(accountId);
            users = await LicensingTestData.CreateScimUsersAsync(scim, 3);
            await before.WaitForUserCopiesAsync(users);
            var client = before.GraphQL(key);
            await client.DataAsync("mutation($a: ID!) { licensing(accountId: $a) { updateLicensePool(input: {total: 1}) { licensePool { total } } } }", new { a = accountId });
            foreach (var user in users.Take(2))
            {
                await client.DataAsync("mutation($a: ID!, $u: ID) { licensing(accountId: $a) { createLicenseRule(input: {kind: USER, userId: $u}) { licenseRule { id } } } }", new { a = accountId, u = user });
            }

            await before.WaitForOutboxesAsync();
            await ForgetPublishedStatusesAsync(before, accountId);
        }

        await using var after = new CatoScimFactory(dataDir);
        var viewer = after.GraphQL(key);
        await Eventually.AssertAsync(() => IdsAsync(viewer, accountId, "ASSIGNED"), ids => ids.SequenceEqual([users[0]]), "the seat holder to be found again");
        await after.WaitForOutboxesAsync();
        Assert.Equal([users[1]], await IdsAsync(viewer, accountId, "PENDING"));
        Assert.Equal([users[2]], await IdsAsync(viewer, accountId, "NONE"));
        await using var scope = after.Services.CreateAsyncScope();
        Assert.NotNull(await scope.ServiceProvider.GetRequiredService<LicensingDbContext>().Pools
            .Where(p => p.AccountId == accountId).Select(p => p.StatusesPublishedAt).SingleAsync());
    }

    /// <summary>The state an upgraded database starts in: no copy in Directory, the pool never published.</summary>
    private static async Task ForgetPublishedStatusesAsync(CatoScimFactory factory, Guid accountId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.Equal(2, await scope.ServiceProvider.GetRequiredService<DirectoryDbContext>().UserLicenses.Where(l => l.AccountId == accountId).ExecuteDeleteAsync());
        await scope.ServiceProvider.GetRequiredService<LicensingDbContext>().Pools.Where(p => p.AccountId == accountId)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.StatusesPublishedAt, (DateTime?)null));
    }

    private static async Task<List<string>> IdsAsync(GraphQLTestClient client, Guid accountId, string status)
    {
        var data = await client.DataAsync(Filter, new { a = accountId, s = new[] { status } });
        return [.. data.GetProperty("directory").GetProperty("users").GetProperty("items").EnumerateArray().Select(u => u.GetProperty("id").GetString()!).Order(StringComparer.Ordinal)];
    }
}
