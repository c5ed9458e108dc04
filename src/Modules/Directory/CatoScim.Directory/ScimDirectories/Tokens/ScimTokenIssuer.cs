using CatoScim.Directory.ApiKeys;
using CatoScim.Directory.Auditing;
using CatoScim.Directory.Contracts.Audit;
using CatoScim.Directory.Contracts.Scim;
using CatoScim.Directory.Persistence;
using CatoScim.Directory.Scim.Auth;
using CatoScim.ModuleKit.Audit;
using CatoScim.ModuleKit.GraphQL;
using CatoScim.ModuleKit.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Directory.ScimDirectories.Tokens;

internal sealed class ScimTokenIssuer(DirectoryDbContext db, ScimDirectoryEditor directories, ScimCredentialCache cache, TimeProvider time)
{
    public async Task<IssuedScimToken> CreateAsync(AccountScope scope, string? directoryId, DateTime? expiresAt, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var expiry = expiresAt?.ToUniversalTime();
        if (expiry <= now)
        {
            throw GraphQLErrors.Validation("expiresAt must be in the future.");
        }

        // The count and the insert below must not interleave with another request's: see SerialisingLock.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var directory = await directories.FindAsync(scope.AccountId, directoryId, ct);
        if (!await SerialisingLock.DirectoryAsync(db, directory.Id, ct))
        {
            throw GraphQLErrors.NotFound("No SCIM directory with that id in this account.");
        }

        var active = await db.ScimTokens.CountAsync(
            t => t.DirectoryId == directory.Id && t.RevokedAt == null && (t.ExpiresAt == null || t.ExpiresAt > now), ct);
        if (active >= ScimToken.MaxActivePerDirectory)
        {
            throw GraphQLErrors.Validation(
                $"This directory already has {ScimToken.MaxActivePerDirectory} active tokens; revoke one first. " +
                "To rotate: create the new token, switch the IdP to it, then revoke the old one.");
        }

        var (secret, prefix, hash) = Secrets.Generate("cst");
        var token = new ScimToken
        {
            Id = Guid.CreateVersion7(),
            AccountId = scope.AccountId,
            DirectoryId = directory.Id,
            Prefix = prefix,
            SecretHash = hash,
            CreatedAt = now,
            CreatedBy = scope.Principal.Actor,
            ExpiresAt = expiry,
        };
        db.ScimTokens.Add(token);
        // Only the prefix travels: neither the secret nor its hash may reach an outbox row or the audit trail.
        db.Publish(new ScimTokenIssued(scope.AccountId, directory.Id, token.Id, token.Prefix, expiry, token.CreatedBy, now), now);
        db.Audit(scope, DirectoryAuditActions.ScimTokenIssued, DirectoryAuditTargets.ScimToken, token.Id,
            ChangedFields.Of(("directoryId", true), ("expiresAt", expiry is not null)), now);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        cache.Invalidate(directory.Id);
        return new IssuedScimToken(secret, token);
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
            db.Publish(new ScimTokenRevoked(scope.AccountId, token.DirectoryId, token.Id, scope.Principal.Actor, now), now);
            db.Audit(scope, DirectoryAuditActions.ScimTokenRevoked, DirectoryAuditTargets.ScimToken, token.Id, ["revokedAt"], now);
            await db.SaveChangesAsync(ct);
        }

        cache.Invalidate(token.DirectoryId);
        return token;
    }
}
