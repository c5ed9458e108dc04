using CatoScim.Directory.Contracts.Users;
using CatoScim.Directory.Persistence;
using CatoScim.ModuleKit.Outbox;

namespace CatoScim.Directory.Users;

/// <summary>Applies a new state to a tracked user and stages the notifications that describe the change.</summary>
internal static class UserLifecycle
{
    /// <param name="actor">Stored as UpdatedBy (see ModuleKit's Actors): `scim:{directoryId}` or `apikey:{prefix}`.</param>
    /// <returns>Whether anything changed.</returns>
    public static bool Update(DirectoryDbContext db, User user, UserFields fields, bool active, string source, string actor, DateTime now)
    {
        var changed = UserChanges.Between(user.Fields, fields);
        var activeChanged = user.Active != active;
        if (changed.Count == 0 && !activeChanged)
        {
            return false;
        }

        user.Apply(fields);
        user.Active = active;
        user.Touch(now, actor);
        user.Version++;
        if (changed.Count > 0)
        {
            db.Publish(new UserUpdated(user.ToRef(), changed, source, now), now);
        }

        if (activeChanged)
        {
            db.Publish(active ? new UserReactivated(user.ToRef(), source, now) : new UserDeactivated(user.ToRef(), source, now), now);
        }

        return true;
    }
}
