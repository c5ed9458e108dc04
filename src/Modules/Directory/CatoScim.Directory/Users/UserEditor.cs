using CatoScim.Directory.Auditing;
using CatoScim.Directory.Contracts;
using CatoScim.Directory.Contracts.Audit;
using CatoScim.Directory.Contracts.Users;
using CatoScim.Directory.Groups;
using CatoScim.Directory.Persistence;
using CatoScim.ModuleKit.GraphQL;
using CatoScim.ModuleKit.Outbox;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Directory.Users;

/// <summary>Admin writes to users; each commits with its notifications, or changes nothing.</summary>
internal sealed class UserEditor(DirectoryDbContext db, UserReader reader, GroupWriter groups, TimeProvider time)
{
    private const string Source = ChangeSources.Admin;

    public async Task<UserView> CreateAsync(AccountScope scope, CreateUserInput input, CancellationToken ct)
    {
        var fields = UserFieldEdits.Apply(new UserFields(), new Optional<string>(true, input.UserName), input.Attributes);
        await EnsureFreeAsync(scope.AccountId, fields.UserName, null, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var actor = scope.Principal.Actor;
        var user = new User
        {
            Id = Guid.CreateVersion7(),
            AccountId = scope.AccountId,
            Origin = UserOrigin.Manual,
            CreatedAt = now,
            CreatedBy = actor,
            UpdatedAt = now,
            UpdatedBy = actor,
        };
        user.Apply(fields);
        db.Users.Add(user);
        db.Publish(new UserProvisioned(user.ToRef(), TookOver: false, Source, now), now);
        db.Audit(scope, DirectoryAuditActions.UserCreated, DirectoryAuditTargets.User, user.Id, UserAuditFields.Set(fields), now);
        await SaveAsync(fields.UserName, ct);
        return new UserView(user, null);
    }

    public async Task<UserView> UpdateAsync(AccountScope scope, UpdateUserInput input, CancellationToken ct)
    {
        var user = await FindAsync(scope.AccountId, input.UserId, ct);
        if (user.Origin != UserOrigin.Manual)
        {
            var owner = user.Origin.Name();
            throw GraphQLErrors.Validation("input.userId", $"This user's attributes are owned by the identity provider ({owner}); change them there, not here.");
        }

        var fields = UserFieldEdits.Apply(user.Fields, input.UserName, input.Attributes);
        await EnsureFreeAsync(scope.AccountId, fields.UserName, user.Id, ct);
        var active = input.Active ?? user.Active;
        var changed = UserAuditFields.Between(user.Fields, fields, user.Active, active);
        var now = time.GetUtcNow().UtcDateTime;
        if (UserLifecycle.Update(db, user, fields, active, Source, scope.Principal.Actor, now))
        {
            db.Audit(scope, DirectoryAuditActions.UserUpdated, DirectoryAuditTargets.User, user.Id, changed, now);
            await SaveAsync(fields.UserName, ct);
        }

        return (await reader.ViewsAsync(scope.AccountId, [user], ct))[0];
    }

    /// <summary>Permanent: the row goes. The IdP would push an active SCIM user straight back, hence <paramref name="force"/>.</summary>
    public async Task<UserView> DeleteAsync(AccountScope scope, string? userId, bool force, CancellationToken ct)
    {
        var user = await FindAsync(scope.AccountId, userId, ct);
        var view = (await reader.ViewsAsync(scope.AccountId, [user], ct))[0];
        if (user.Active && user.DirectoryId is not null && !force)
        {
            throw GraphQLErrors.Conflict(
                $"'{user.UserName}' is active and provisioned by SCIM directory '{view.DirectoryName}': the IdP would recreate it. " +
                "Unassign the user in the IdP, or pass force: true to delete anyway.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        return await GroupTransaction.RunAsync(db, async () =>
        {
            // Memberships go with the user (the FK cascades too), but group counts and consumers must hear of it.
            await groups.RemoveUserEverywhereAsync(scope.AccountId, user.Id, Source, scope.Principal.Actor, now, ct);
            db.Users.Remove(user);
            db.Publish(new UserDeleted(user.ToRef(), now), now);
            db.Audit(scope, DirectoryAuditActions.UserDeleted, DirectoryAuditTargets.User, user.Id, [], now);
            await SaveAsync(user.UserName, ct);
            return view;
        }, ct);
    }

    private async Task<User> FindAsync(Guid accountId, string? userId, CancellationToken ct) =>
        (Guid.TryParse(userId, out var id) ? await db.Users.SingleOrDefaultAsync(u => u.Id == id && u.AccountId == accountId, ct) : null)
        ?? throw GraphQLErrors.NotFound("No user with that id in this account.");

    private async Task EnsureFreeAsync(Guid accountId, string userName, Guid? self, CancellationToken ct)
    {
        var normalized = User.Normalize(userName)!;
        if (await db.Users.AnyAsync(u => u.AccountId == accountId && u.UserNameNormalized == normalized && u.Id != self, ct))
        {
            throw Taken(userName);
        }
    }

    private async Task SaveAsync(string userName, CancellationToken ct)
    {
        // Later mutations of the same request share this context: nothing of a failed one may ride along with them.
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            throw GraphQLErrors.Conflict("The user was changed by another request at the same time; retry.");
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            db.ChangeTracker.Clear();
            throw Taken(userName);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            throw;
        }
    }

    private static ExecutionError Taken(string userName) =>
        GraphQLErrors.Conflict("input.userName", $"A user with userName '{userName}' already exists in this account.");
}
