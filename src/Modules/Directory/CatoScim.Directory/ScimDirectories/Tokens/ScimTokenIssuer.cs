using CatoScim.Directory.ApiKeys;
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

namespace CatoScim.Directory.ScimDirectories.Tokens;

internal sealed class ScimTokenIssuer(DirectoryDbContext db, ScimDirectoryEditor directories, ScimCredentialCache cache, TimeProvider time)
{
    public async Task<IssuedScimToken> CreateAsync(AccountScope scope, string? directoryId, DateTime? expiresAt, string? name, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var expiry = ValidExpiry(expiresAt, now);
        var validName = ValidName(name);

        // The count and the insert below must not interleave with another request's: see SerialisingLock.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var directory = await directories.FindAsync(scope.AccountId, directoryId, ct);
        if (!await SerialisingLock.DirectoryAsync(db, directory.Id, ct))
        {
            throw GraphQLErrors.NotFound("No SCIM directory with that id in this account.");
        }

        if (await ActiveCountAsync(directory.Id, null, now, ct) >= ScimToken.MaxActivePerDirectory)
        {
            throw GraphQLErrors.Validation("input.directoryId",
                $"This directory already has {ScimToken.MaxActivePerDirectory} active tokens; revoke one first, " +
                "or rotate one (rotateScimToken) to replace it after a grace period.");
        }

        var issued = Issue(scope, directory.Id, expiry, validName, now);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        cache.Invalidate(directory.Id);
        return issued;
    }

    /// <summary>
    /// The new token is issued and the old one expires after the grace, in one transaction. The old one does not count
    /// against the limit, so a directory at its maximum can rotate: at most one token more is active during a grace.
    /// </summary>
    public async Task<ScimTokenRotation> RotateAsync(AccountScope scope, RotateScimTokenInput input, CancellationToken ct)
    {
        if (input.GraceMinutes is < ScimTokenRotation.MinGraceMinutes or > ScimTokenRotation.MaxGraceMinutes)
        {
            throw GraphQLErrors.Validation("input.graceMinutes", $"graceMinutes must be between {ScimTokenRotation.MinGraceMinutes} and {ScimTokenRotation.MaxGraceMinutes}.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var expiry = ValidExpiry(input.ExpiresAt, now);
        var validName = ValidName(input.Name);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var old = (Guid.TryParse(input.TokenId, out var id)
                ? await db.ScimTokens.SingleOrDefaultAsync(t => t.Id == id && t.AccountId == scope.AccountId, ct)
                : null)
            ?? throw GraphQLErrors.NotFound("No SCIM token with that id in this account.");
        if (!await SerialisingLock.DirectoryAsync(db, old.DirectoryId, ct))
        {
            throw GraphQLErrors.NotFound("No SCIM token with that id in this account.");
        }

        // Read before the lock: a rotation or revocation that committed meanwhile must be seen.
        await db.Entry(old).ReloadAsync(ct);
        if (!old.IsActive(now))
        {
            throw GraphQLErrors.Validation("input.tokenId", "Only an active token can be rotated; create a new token instead.");
        }

        if (await ActiveCountAsync(old.DirectoryId, old.Id, now, ct) >= ScimToken.MaxActivePerDirectory)
        {
            throw GraphQLErrors.Validation("input.tokenId",
                $"This directory already has {ScimToken.MaxActivePerDirectory} other active tokens; revoke one first.");
        }

        var graceEnd = now.AddMinutes(input.GraceMinutes);
        if (old.ExpiresAt is null || old.ExpiresAt > graceEnd)
        {
            old.ExpiresAt = graceEnd;
            old.Touch(now, scope.Principal.Actor);
        }

        var issued = Issue(scope, old.DirectoryId, expiry, validName ?? old.Name, now);
        db.Publish(new ScimTokenReplaced(scope.AccountId, old.DirectoryId, old.Id, issued.Info.Id, old.ExpiresAt!.Value, now), now);
        db.Audit(scope, DirectoryAuditActions.ScimTokenRotated, DirectoryAuditTargets.ScimToken, old.Id, ["expiresAt"], now);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        cache.Invalidate(old.DirectoryId);
        return new ScimTokenRotation(issued, old);
    }

    public async Task<ScimToken> RevokeAsync(AccountScope scope, string? tokenId, CancellationToken ct)
    {
        var token = (Guid.TryParse(tokenId, out var id)
                ? await db.ScimTokens.SingleOrDefaultAsync(t => t.Id == id && t.AccountId == scope.AccountId, ct)
                : null)
            ?? throw GraphQLErrors.NotFound("No SCIM token with that id in this account.");
        if (token.RevokedAt is null)
        {
            var now = time.GetUtcNow().UtcDateTime;
            token.RevokedAt = now;
            token.Touch(now, scope.Principal.Actor);
            db.Publish(new ScimTokenRevoked(scope.AccountId, token.DirectoryId, token.Id, scope.Principal.Actor, now), now);
            db.Audit(scope, DirectoryAuditActions.ScimTokenRevoked, DirectoryAuditTargets.ScimToken, token.Id, ["revokedAt"], now);
            await db.SaveChangesAsync(ct);
        }

        cache.Invalidate(token.DirectoryId);
        return token;
    }

    private IssuedScimToken Issue(AccountScope scope, Guid directoryId, DateTime? expiry, string? name, DateTime now)
    {
        var (secret, prefix, hash) = Secrets.Generate("cst");
        var token = new ScimToken
        {
            Id = Guid.CreateVersion7(),
            AccountId = scope.AccountId,
            DirectoryId = directoryId,
            Name = name,
            Prefix = prefix,
            SecretHash = hash,
            CreatedAt = now,
            CreatedBy = scope.Principal.Actor,
            UpdatedAt = now,
            UpdatedBy = scope.Principal.Actor,
            ExpiresAt = expiry,
        };
        db.ScimTokens.Add(token);
        // Only the prefix travels: neither the secret nor its hash may reach an outbox row or the audit trail.
        db.Publish(new ScimTokenIssued(scope.AccountId, directoryId, token.Id, token.Prefix, expiry, token.CreatedBy, now), now);
        db.Audit(scope, DirectoryAuditActions.ScimTokenIssued, DirectoryAuditTargets.ScimToken, token.Id,
            ChangedFields.Of(("directoryId", true), ("expiresAt", expiry is not null), ("name", name is not null)), now);
        return new IssuedScimToken(secret, token);
    }

    private Task<int> ActiveCountAsync(Guid directoryId, Guid? except, DateTime now, CancellationToken ct) =>
        db.ScimTokens.CountAsync(
            t => t.DirectoryId == directoryId && t.Id != except && t.RevokedAt == null && (t.ExpiresAt == null || t.ExpiresAt > now), ct);

    private static DateTime? ValidExpiry(DateTime? expiresAt, DateTime now)
    {
        var expiry = expiresAt?.ToUniversalTime();
        return expiry <= now ? throw GraphQLErrors.Validation("input.expiresAt", "expiresAt must be in the future.") : expiry;
    }

    private static string? ValidName(string? raw)
    {
        var name = raw?.Trim();
        if (name?.Length > ScimToken.NameMaxLength)
        {
            throw GraphQLErrors.Validation("input.name", $"name has at most {ScimToken.NameMaxLength} characters.");
        }

        if (name is not null && Label.HasControlCharacters(name))
        {
            throw GraphQLErrors.Validation("input.name", Label.ControlCharactersRefused("name"));
        }

        return string.IsNullOrEmpty(name) ? null : name;
    }
}
