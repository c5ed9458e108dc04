using CatoScim.Directory.Contracts.Scim;
using CatoScim.Events.Persistence;
using CatoScim.ModuleKit.Inbox;

namespace CatoScim.Events.Alerts;

/// <summary>Keeps the tokens that can expire, for the expiry warnings; a token without an expiry is never kept.</summary>
internal sealed class TokenCopyWriter(EventsDbContext db, MessageContext message, TimeProvider time)
{
    public async ValueTask IssuedAsync(ScimTokenIssued n, CancellationToken ct)
    {
        if (!await db.TryBeginHandlingAsync(message, AlertNotificationsHandler.Consumer, time.GetUtcNow().UtcDateTime, ct))
        {
            return;
        }

        if (n.ExpiresAt is { } expiresAt && await db.Tokens.FindAsync([n.TokenId], ct) is null)
        {
            db.Tokens.Add(new TokenCopy
            {
                TokenId = n.TokenId,
                AccountId = n.AccountId,
                DirectoryId = n.DirectoryId,
                Prefix = n.Prefix,
                ExpiresAt = expiresAt.ToUniversalTime(),
            });
        }

        await db.SaveChangesAsync(ct);
    }

    public ValueTask RevokedAsync(ScimTokenRevoked n, CancellationToken ct) => ForgetAsync(n.TokenId, ct);

    /// <summary>A rotated token expires at the end of the grace the admin chose: no warning is due for it.</summary>
    public ValueTask ReplacedAsync(ScimTokenReplaced n, CancellationToken ct) => ForgetAsync(n.TokenId, ct);

    private async ValueTask ForgetAsync(Guid tokenId, CancellationToken ct)
    {
        if (!await db.TryBeginHandlingAsync(message, AlertNotificationsHandler.Consumer, time.GetUtcNow().UtcDateTime, ct))
        {
            return;
        }

        if (await db.Tokens.FindAsync([tokenId], ct) is { } token)
        {
            db.Tokens.Remove(token);
        }

        await db.SaveChangesAsync(ct);
    }
}
