using System.Text.Json;
using CatoScim.Directory.Persistence;
using CatoScim.Events.Audit;
using CatoScim.Events.Persistence;
using CatoScim.Host.Tests.Infrastructure;
using CatoScim.Licensing.Persistence;
using CatoScim.ModuleKit.Audit;
using CatoScim.ModuleKit.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Host.Tests.Audit;

/// <summary>The audit(accountId:) GraphQL call the tests make, and direct reads of the stored trail.</summary>
internal static class AuditApi
{
    public const string FeedQuery = """
        query($accountId: ID!, $input: AuditFeedInput) { audit(accountId: $accountId) { feed(input: $input) {
          items { id occurredAt actor apiKeyId apiKeyPrefix action targetType targetId changedFields clientAddress }
          marker hasMore fetchedCount } } }
        """;

    public static async Task<JsonElement> AuditFeedAsync(this GraphQLTestClient gql, Guid accountId, object? input = null) =>
        (await gql.DataAsync(FeedQuery, new { accountId, input })).GetProperty("audit").GetProperty("feed");

    public static List<JsonElement> Items(this JsonElement feed) => [.. feed.GetProperty("items").EnumerateArray()];

    /// <summary>"ACTION TARGET_TYPE targetId [field,field]": one comparable line per record.</summary>
    public static string Line(JsonElement item) =>
        $"{item.GetProperty("action").GetString()} {item.GetProperty("targetType").GetString()} {item.GetProperty("targetId").GetString()} " +
        $"[{string.Join(",", item.GetProperty("changedFields").EnumerateArray().Select(f => f.GetString()))}]";

    public static Task<JsonElement> WaitForAuditAsync(this GraphQLTestClient gql, Guid accountId, int count, object? input = null) =>
        Eventually.AssertAsync(() => gql.AuditFeedAsync(accountId, input), f => f.GetProperty("items").GetArrayLength() >= count, $"{count} audit records");

    /// <summary>Every outbox row of every module delivered: from here on no further record can reach the trail.</summary>
    public static Task WaitForOutboxesAsync(this CatoScimFactory factory) =>
        Eventually.AssertAsync(async () =>
        {
            await using var scope = factory.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<DirectoryDbContext>().Set<OutboxMessage>().CountAsync(m => m.DeliveredAt == null)
                + await scope.ServiceProvider.GetRequiredService<LicensingDbContext>().Set<OutboxMessage>().CountAsync(m => m.DeliveredAt == null);
        }, pending => pending == 0, "every outbox delivered");

    public static async Task<List<AuditRecord>> AuditRowsAsync(this CatoScimFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EventsDbContext>().AuditRecords.AsNoTracking().ToListAsync();
    }

    /// <summary>Writes records straight to the trail (through the call Events' own changes use), for tests about reading them.</summary>
    public static async Task SeedAsync(this CatoScimFactory factory, params AdminChangeAudited[] changes)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EventsDbContext>();
        foreach (var change in changes)
        {
            AuditTrail.Record(db, change);
        }

        await db.SaveChangesAsync();
    }
}
