using CatoScim.Directory.Auditing;
using CatoScim.Directory.Contracts.Audit;
using CatoScim.Directory.Contracts.Scim;
using CatoScim.Directory.Persistence;
using CatoScim.Directory.Scim.Auth;
using CatoScim.ModuleKit.Audit;
using CatoScim.ModuleKit.GraphQL;
using CatoScim.ModuleKit.Outbox;
using CatoScim.ModuleKit.Text;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Directory.ScimDirectories;

internal sealed class ScimDirectoryEditor(DirectoryDbContext db, ScimDirectoryReader reader, ScimCredentialCache cache, TimeProvider time)
{
    public async Task<ScimDirectoryView> CreateAsync(AccountScope scope, string? name, ScimProvider provider, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await SerialisingLock.AccountAsync(db, scope.AccountId, ct);
        var validName = await ValidNameAsync(scope.AccountId, name, null, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var directory = new ScimDirectory
        {
            Id = Guid.CreateVersion7(),
            AccountId = scope.AccountId,
            Name = validName,
            Provider = provider,
            CreatedAt = now,
            CreatedBy = scope.Principal.Actor,
            UpdatedAt = now,
            UpdatedBy = scope.Principal.Actor,
        };
        db.ScimDirectories.Add(directory);
        db.Publish(new ScimDirectoryCreated(scope.AccountId, directory.Id, directory.Name, ProviderName(directory), now), now);
        db.Audit(scope, DirectoryAuditActions.ScimDirectoryCreated, DirectoryAuditTargets.ScimDirectory, directory.Id, ["name", "provider"], now);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        // The id may have been probed before it existed; the remembered "unknown" must not hide the new directory.
        cache.Invalidate(directory.Id);
        return new ScimDirectoryView(directory, 0, 0, []);
    }

    public async Task<ScimDirectoryView> UpdateAsync(AccountScope scope, string? directoryId, string? name, ScimProvider? provider, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await SerialisingLock.AccountAsync(db, scope.AccountId, ct);
        var directory = await FindAsync(scope.AccountId, directoryId, ct);
        var validName = name is null ? directory.Name : await ValidNameAsync(scope.AccountId, name, directory.Id, ct);
        var newProvider = provider ?? directory.Provider;
        var changed = ChangedFields.Of(("name", validName != directory.Name), ("provider", newProvider != directory.Provider));
        if (changed.Count > 0)
        {
            var now = time.GetUtcNow().UtcDateTime;
            directory.Name = validName;
            directory.Provider = newProvider;
            directory.UpdatedAt = now;
            directory.UpdatedBy = scope.Principal.Actor;
            db.Publish(new ScimDirectoryUpdated(scope.AccountId, directory.Id, directory.Name, ProviderName(directory), now), now);
            db.Audit(scope, DirectoryAuditActions.ScimDirectoryUpdated, DirectoryAuditTargets.ScimDirectory, directory.Id, changed, now);
            await db.SaveChangesAsync(ct);
        }

        await transaction.CommitAsync(ct);

        return (await reader.ListAsync(scope.AccountId, directory.Id, ct)).Single();
    }

    /// <summary>Tokens revoked, users and groups unlinked (kept with their state), health dropped and the row removed, all or nothing.</summary>
    public async Task<ScimDirectoryView> DeleteAsync(AccountScope scope, string? directoryId, CancellationToken ct)
    {
        var directory = await FindAsync(scope.AccountId, directoryId, ct);
        var now = time.GetUtcNow().UtcDateTime;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            // The lock token issuing takes too: no token can be issued between listing the active ones and revoking them.
            await SerialisingLock.DirectoryAsync(db, directory.Id, ct);
            var revoked = await db.ScimTokens.Where(t => t.DirectoryId == directory.Id && t.RevokedAt == null).Select(t => t.Id).ToListAsync(ct);
            // The deleting key revokes the tokens, as their ScimTokenRevoked says; unlinking the users and groups is the
            // service's consequence of the deletion, not an edit of theirs, so `system` updates them.
            var actor = scope.Principal.Actor;
            await db.ScimTokens.Where(t => t.DirectoryId == directory.Id && t.RevokedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now).SetProperty(t => t.UpdatedAt, now).SetProperty(t => t.UpdatedBy, actor), ct);
            // Version moves so that a SCIM write racing with the delete fails its concurrency check instead of re-linking.
            var unlinked = await db.Users.Where(u => u.AccountId == scope.AccountId && u.DirectoryId == directory.Id)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(u => u.DirectoryId, (Guid?)null)
                    .SetProperty(u => u.UpdatedAt, now)
                    .SetProperty(u => u.UpdatedBy, Actors.System)
                    .SetProperty(u => u.Version, u => u.Version + 1), ct);
            // Groups stay with their members, unlinked: the next directory pushing the same name takes them over.
            await db.Groups.Where(g => g.AccountId == scope.AccountId && g.DirectoryId == directory.Id)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(g => g.DirectoryId, (Guid?)null)
                    .SetProperty(g => g.UpdatedAt, now)
                    .SetProperty(g => g.UpdatedBy, Actors.System)
                    .SetProperty(g => g.Version, g => g.Version + 1), ct);
            await db.ScimHealth.Where(h => h.DirectoryId == directory.Id).ExecuteDeleteAsync(ct);
            await db.ScimTrafficBuckets.Where(b => b.DirectoryId == directory.Id).ExecuteDeleteAsync(ct);
            db.ScimDirectories.Remove(directory);
            db.Publish(new ScimDirectoryDeleted(scope.AccountId, directory.Id, directory.Name, unlinked, now), now);
            foreach (var tokenId in revoked)
            {
                db.Publish(new ScimTokenRevoked(scope.AccountId, directory.Id, tokenId, scope.Principal.Actor, now), now);
            }

            db.Audit(scope, DirectoryAuditActions.ScimDirectoryDeleted, DirectoryAuditTargets.ScimDirectory, directory.Id, [], now);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Rolled back with the transaction; the staged removal must not ride along with a later mutation of the request.
                db.ChangeTracker.Clear();
                throw;
            }

            await transaction.CommitAsync(ct);
        }

        cache.Invalidate(directory.Id);
        return new ScimDirectoryView(directory, 0, 0, []);
    }

    private static string ProviderName(ScimDirectory directory) => directory.Provider.ToString().ToUpperInvariant();

    public async Task<ScimDirectory> FindAsync(Guid accountId, string? directoryId, CancellationToken ct) =>
        (Guid.TryParse(directoryId, out var id)
            ? await db.ScimDirectories.SingleOrDefaultAsync(d => d.Id == id && d.AccountId == accountId, ct)
            : null)
        ?? throw GraphQLErrors.NotFound("No SCIM directory with that id in this account.");

    private async Task<string> ValidNameAsync(Guid accountId, string? raw, Guid? self, CancellationToken ct)
    {
        var name = raw?.Trim() ?? "";
        if (name.Length is 0 or > ScimDirectory.NameMaxLength)
        {
            throw GraphQLErrors.Validation("input.name", $"name needs 1 to {ScimDirectory.NameMaxLength} characters.");
        }

        if (Label.HasControlCharacters(name))
        {
            throw GraphQLErrors.Validation("input.name", Label.ControlCharactersRefused("name"));
        }

        // An account has a handful of directories: comparing in .NET gets full Unicode case folding, which SQL upper() lacks.
        var taken = await db.ScimDirectories.AsNoTracking()
            .Where(d => d.AccountId == accountId && d.Id != self)
            .Select(d => d.Name)
            .ToListAsync(ct);
        return taken.Contains(name, StringComparer.OrdinalIgnoreCase)
            ? throw GraphQLErrors.Conflict("input.name", $"A SCIM directory named '{name}' already exists in this account.")
            : name;
    }
}
