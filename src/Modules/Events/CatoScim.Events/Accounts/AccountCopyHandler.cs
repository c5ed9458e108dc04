using CatoScim.Directory.Contracts.Accounts;
using CatoScim.Events.Persistence;
using CatoScim.ModuleKit.Inbox;
using Mediator;

namespace CatoScim.Events.Accounts;

/// <summary>Last writer by occurrence time wins, so an old redelivery never overwrites newer facts.</summary>
internal sealed class AccountCopyHandler(EventsDbContext db, MessageContext message, TimeProvider time)
    : INotificationHandler<AccountCreated>, INotificationHandler<AccountUpdated>
{
    public ValueTask Handle(AccountCreated notification, CancellationToken cancellationToken) =>
        UpsertAsync(notification.AccountId, notification.Name, notification.AlertRecipients, notification.OccurredAt, cancellationToken);

    public ValueTask Handle(AccountUpdated notification, CancellationToken cancellationToken) =>
        UpsertAsync(notification.AccountId, notification.Name, notification.AlertRecipients, notification.OccurredAt, cancellationToken);

    private async ValueTask UpsertAsync(Guid accountId, string name, IReadOnlyList<string> recipients, DateTime occurredAt, CancellationToken ct)
    {
        if (!await db.TryBeginHandlingAsync(message, nameof(AccountCopyHandler), time.GetUtcNow().UtcDateTime, ct))
        {
            return;
        }

        var copy = await db.Accounts.FindAsync([accountId], ct);
        if (copy is null)
        {
            db.Accounts.Add(new AccountCopy { AccountId = accountId, Name = name, AlertRecipients = [.. recipients], AsOf = occurredAt });
        }
        else if (occurredAt >= copy.AsOf)
        {
            copy.Name = name;
            copy.AlertRecipients = [.. recipients];
            copy.AsOf = occurredAt;
        }

        await db.SaveChangesAsync(ct);
    }
}
