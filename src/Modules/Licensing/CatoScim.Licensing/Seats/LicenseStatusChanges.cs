using CatoScim.Licensing.Contracts.Seats;
using CatoScim.Licensing.Persistence;
using CatoScim.Licensing.Pool;
using CatoScim.ModuleKit.Outbox;

namespace CatoScim.Licensing.Seats;

/// <summary>
/// Scoped, shared by the <see cref="SeatEngine"/> and the <see cref="SeatTransaction"/>: the status each user had when
/// the current seat change first moved them, and the one they have now. The engine reports every move; the transaction
/// publishes one <see cref="UserLicenseStatusChanged"/> per user whose status ended different (a change can take a
/// user from NONE to PENDING and on to ASSIGNED, or give a seat back and take it again), so no path that moves a seat
/// can forget to tell.
/// </summary>
internal sealed class LicenseStatusChanges
{
    private readonly Dictionary<Guid, (string Before, string After)> _moves = [];

    /// <summary>A seat change runs for one account (the pool's), so the user id is key enough.</summary>
    public void Moved(Guid userId, string from, string to) =>
        _moves[userId] = (_moves.TryGetValue(userId, out var move) ? move.Before : from, to);

    /// <summary>Stages the notifications in `db`, so the change's own SaveChanges commits them.</summary>
    public void Publish(LicensingDbContext db, LicensePool pool, DateTime now)
    {
        foreach (var (user, (before, after)) in _moves)
        {
            if (before != after)
            {
                db.Publish(new UserLicenseStatusChanged(pool.AccountId, user, after, pool.Version, now), now);
            }
        }

        _moves.Clear();
    }

    /// <summary>The change was rolled back: its moves never happened.</summary>
    public void Discard() => _moves.Clear();
}
