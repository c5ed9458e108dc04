using CatoScim.Events.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Events.Accounts;

internal static class AccountCopies
{
    /// <summary>
    /// The tracked copy, or a new one when Directory's notification has not arrived yet (AsOf = MinValue lets that
    /// notification fill in the rest). Call it before staging anything else: a new copy is saved at once, because the
    /// notification's handler may insert the same row at the same moment (a just-created account), and the loser of
    /// that race must see the winner's row instead of failing the admin's request.
    /// </summary>
    public static async Task<AccountCopy> FindOrAddAsync(EventsDbContext db, Guid accountId, CancellationToken ct)
    {
        if (await db.Accounts.FindAsync([accountId], ct) is { } found)
        {
            return found;
        }

        var copy = new AccountCopy { AccountId = accountId, AsOf = DateTime.MinValue };
        db.Accounts.Add(copy);
        try
        {
            await db.SaveChangesAsync(ct);
            return copy;
        }
        catch (DbUpdateException)
        {
            db.Entry(copy).State = EntityState.Detached;
            var inserted = await db.Accounts.FindAsync([accountId], ct);
            if (inserted is null)
            {
                throw;
            }

            return inserted;
        }
    }
}
