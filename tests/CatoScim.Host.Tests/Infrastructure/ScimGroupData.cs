using CatoScim.Directory.Persistence;
using CatoScim.Directory.Users;
using CatoScim.ModuleKit.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Host.Tests.Infrastructure;

/// <summary>Users written straight to the database (thousands in a second), group bodies and outbox reads for group tests.</summary>
internal static class ScimGroupData
{
    public static async Task<List<Guid>> SeedUsersAsync(this CatoScimFactory factory, ScimTestClient scim, int count, string prefix = "u")
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
        var now = factory.Time.GetUtcNow().UtcDateTime;
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var user = new User { Id = Guid.CreateVersion7(), AccountId = scim.AccountId, DirectoryId = scim.DirectoryId, Origin = UserOrigin.Scim, CreatedAt = now, UpdatedAt = now };
            user.Apply(new UserFields { UserName = $"{prefix}{i}.{Guid.NewGuid():N}@acme.com" });
            db.Users.Add(user);
            ids.Add(user.Id);
        }

        await db.SaveChangesAsync();
        return ids;
    }

    public static string Group(string displayName, IEnumerable<Guid>? members = null, string? externalId = null) =>
        $$"""
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:Group"],"displayName":"{{displayName}}",
         {{(externalId is null ? "" : $"\"externalId\":\"{externalId}\",")}}"members":[{{Members(members ?? [])}}]}
        """;

    public static string Members(IEnumerable<Guid> ids) => string.Join(',', ids.Select(id => $$"""{"value":"{{id}}"}"""));

    public static async Task<T> DbAsync<T>(this CatoScimFactory factory, Func<DirectoryDbContext, Task<T>> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<DirectoryDbContext>());
    }

    /// <summary>Outbox rows of a notification type, oldest first, as JSON payloads.</summary>
    public static Task<List<string>> OutboxAsync(this CatoScimFactory factory, string type) => factory.DbAsync(db =>
        db.Set<OutboxMessage>().Where(m => m.Type.Contains($".{type},")).OrderBy(m => m.Sequence).Select(m => m.Payload).ToListAsync());
}
