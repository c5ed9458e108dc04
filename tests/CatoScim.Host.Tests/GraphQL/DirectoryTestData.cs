using System.Text.Json;
using CatoScim.Directory.Persistence;
using CatoScim.Directory.Users;
using CatoScim.Host.Tests.Infrastructure;
using CatoScim.ModuleKit.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Host.Tests.GraphQL;

/// <summary>Direct database access for the admin API tests: seeding SCIM users (no SCIM endpoints on this branch) and reading state.</summary>
internal static class DirectoryTestData
{
    public static async Task<Guid> AddUserAsync(this CatoScimFactory factory, Guid accountId, string userName, Guid? directoryId = null,
        UserOrigin origin = UserOrigin.Scim, bool active = true, string? givenName = null, string? familyName = null, string? email = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
        var now = factory.Time.GetUtcNow().UtcDateTime;
        var user = new User { Id = Guid.CreateVersion7(), AccountId = accountId, DirectoryId = directoryId, Origin = origin, Active = active, CreatedAt = now, UpdatedAt = now };
        user.Apply(new UserFields { UserName = userName, GivenName = givenName, FamilyName = familyName, Email = email, ExternalId = "ext-" + userName });
        db.Users.Add(user);
        await db.SaveChangesAsync();
        factory.Time.Advance(TimeSpan.FromSeconds(1));
        return user.Id;
    }

    public static async Task<T> WithDbAsync<T>(this CatoScimFactory factory, Func<DirectoryDbContext, Task<T>> read)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<DirectoryDbContext>());
    }

    /// <summary>Everything the admin API can write, as one comparable string: equal before and after means nothing was written.</summary>
    public static Task<string> StateAsync(this CatoScimFactory factory) => factory.WithDbAsync(async db => JsonSerializer.Serialize(new
    {
        Accounts = await db.Accounts.AsNoTracking().OrderBy(a => a.Id).Select(a => new { a.Id, a.ScimEnabled, a.UserIdentity, a.UpdatedAt }).ToListAsync(),
        Directories = await db.ScimDirectories.AsNoTracking().OrderBy(d => d.Id).Select(d => new { d.Id, d.Name, d.Provider, d.UpdatedAt }).ToListAsync(),
        Tokens = await db.ScimTokens.AsNoTracking().OrderBy(t => t.Id).Select(t => new { t.Id, t.ExpiresAt, t.RevokedAt }).ToListAsync(),
        Users = (await db.Users.AsNoTracking().OrderBy(u => u.Id).ToListAsync()).Select(u => new { u.Id, u.Fields, u.Active, u.DirectoryId, u.Version }),
        Outbox = await db.Set<OutboxMessage>().CountAsync(),
    }));

    public static Task<List<string>> OutboxTypesAsync(this CatoScimFactory factory) =>
        factory.WithDbAsync(db => db.Set<OutboxMessage>().OrderBy(m => m.Sequence).Select(m => m.Type).ToListAsync());

    public static Task<int> OutboxCountAsync(this CatoScimFactory factory, string notification, Guid userId) =>
        factory.WithDbAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.Type.Contains(notification) && m.Payload.Contains(userId.ToString())));
}
