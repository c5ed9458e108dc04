using CatoScim.Directory.Contracts.Accounts;
using CatoScim.Licensing.Persistence;
using CatoScim.ModuleKit.Inbox;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Licensing.Pool;

/// <summary>Every account starts with an empty ZTNA pool that admins size later.</summary>
internal sealed class AccountCreatedHandler(LicensingDbContext db, MessageContext message, TimeProvider time) : INotificationHandler<AccountCreated>
{
    public async ValueTask Handle(AccountCreated notification, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (!await db.TryBeginHandlingAsync(message, nameof(AccountCreatedHandler), now, cancellationToken))
        {
            return;
        }

        if (!await db.Pools.AnyAsync(p => p.AccountId == notification.AccountId, cancellationToken))
        {
            db.Pools.Add(new LicensePool { AccountId = notification.AccountId, CreatedAt = notification.OccurredAt, UpdatedAt = notification.OccurredAt });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
