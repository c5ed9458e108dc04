using CatoScim.Licensing.Persistence;
using CatoScim.ModuleKit.Inbox;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Licensing.Pool;

/// <summary>Every account starts with an empty ZTNA pool that admins size later; once per message (inbox).</summary>
internal sealed class EmptyPoolWriter(LicensingDbContext db, MessageContext message, TimeProvider time)
{
    public async Task CreateAsync(string consumer, Guid accountId, DateTime occurredAt, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (!await db.TryBeginHandlingAsync(message, consumer, now, ct))
        {
            return;
        }

        if (!await db.Pools.AnyAsync(p => p.AccountId == accountId, ct))
        {
            db.Pools.Add(new LicensePool { AccountId = accountId, CreatedAt = occurredAt, UpdatedAt = occurredAt, StatusesPublishedAt = occurredAt });
        }

        await db.SaveChangesAsync(ct);
    }
}
