using CatoScim.Directory.Persistence;
using CatoScim.Licensing.Contracts.Seats;
using CatoScim.ModuleKit.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Directory.Licenses;

/// <summary>
/// Applies licence status notifications to the copies. Idempotent without an inbox: a row changes only for a higher
/// Version, so a redelivered notification, or an older one re-driven after a newer, changes nothing. In an outbox run
/// the rows are saved with the run.
/// </summary>
internal sealed class UserLicenseCopyWriter(DirectoryDbContext db)
{
    public async Task ApplyAsync(UserLicenseStatusChanged changed, CancellationToken ct)
    {
        // Find also sees a copy staged by an earlier message of the same run.
        var copy = await db.UserLicenses.FindAsync([changed.UserId], ct);
        if (copy is null)
        {
            // A user deleted since has nothing left to filter; the row would only outlive it.
            if (!await db.Users.AnyAsync(u => u.Id == changed.UserId && u.AccountId == changed.AccountId, ct))
            {
                return;
            }

            db.UserLicenses.Add(new UserLicenseCopy
            {
                UserId = changed.UserId,
                AccountId = changed.AccountId,
                Status = changed.Status,
                Version = changed.Version,
                ChangedAt = changed.OccurredAt,
            });
        }
        else if (changed.Version > copy.Version)
        {
            copy.Status = changed.Status;
            copy.Version = changed.Version;
            copy.ChangedAt = changed.OccurredAt;
        }
        else
        {
            return;
        }

        await DeliveryBatch.SaveChangesAsync(db, ct);
    }
}
