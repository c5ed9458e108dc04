using System.Text.Json.Nodes;
using CatoScim.Directory.Contracts;
using CatoScim.Directory.Contracts.Users;
using CatoScim.Directory.Groups;
using CatoScim.Directory.Persistence;
using CatoScim.Directory.Scim.Auth;
using CatoScim.Directory.Users;
using CatoScim.ModuleKit.Outbox;
using CatoScim.ModuleKit.Persistence;
using CatoScim.Scim.Patch;
using CatoScim.Scim.Protocol;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Directory.Scim.Users;

/// <summary>The User lifecycle as an IdP drives it over SCIM; every write commits with its notifications.</summary>
internal sealed class ScimUserService(
    DirectoryDbContext db,
    ScimRequestContext scim,
    ScimUserReads reads,
    GroupWriter groups,
    OutboxSignal<DirectoryDbContext> outbox,
    TimeProvider time,
    SqlitePreparedPool<DirectoryDbContext>? prepared = null)
{
    private const string Source = ChangeSources.Scim;

    // A lost race costs one read and one UPDATE; three tries outlast any burst an IdP sends at one user.
    private const int WriteAttempts = 3;

    public async Task<User> CreateAsync(JsonObject body, CancellationToken ct)
    {
        var input = Identify(ScimUserInputJson.Read(body));
        var now = time.GetUtcNow().UtcDateTime;
        var normalized = User.Normalize(input.Fields.UserName)!;
        // Almost every create is of a new userName: the untracked check is cheap, and a taken name is loaded tracked below.
        var existing = await reads.UserNameTakenAsync(db, scim.AccountId, normalized, ct)
            ? await ScimUserQueries.ByUserName(db, scim.AccountId, normalized, ct)
            : null;
        if (existing is null)
        {
            var user = new User
            {
                Id = Guid.CreateVersion7(),
                AccountId = scim.AccountId,
                DirectoryId = scim.DirectoryId,
                Origin = UserOrigin.Scim,
                CreatedAt = now,
                CreatedBy = scim.Actor,
                UpdatedAt = now,
                UpdatedBy = scim.Actor,
            };
            user.Apply(input.Fields);
            user.Active = input.Active ?? true;
            await InsertAsync(user, OutboxMessage.Create(new UserProvisioned(user.ToRef(), TookOver: false, Source, now), now), ct);
            return user;
        }

        scim.ResourceId = existing.Id;
        if (existing.DirectoryId == scim.DirectoryId)
        {
            throw ScimException.Uniqueness($"A user with userName '{existing.Fields.UserName}' already exists in this directory (id {existing.Id}).");
        }

        if (existing.DirectoryId is { } other)
        {
            var name = await db.ScimDirectories.Where(d => d.Id == other).Select(d => d.Name).FirstOrDefaultAsync(ct);
            throw ScimException.Uniqueness($"userName '{existing.Fields.UserName}' is already provisioned by another SCIM directory of this account ('{name}'). Unassign it there first.");
        }

        // A MANUAL or LDAP user with this email, or one an IdP DELETE unlinked: SCIM takes it over and re-links it.
        existing.Origin = UserOrigin.Scim;
        existing.DirectoryId = scim.DirectoryId;
        existing.Apply(input.Fields);
        existing.Active = input.Active ?? true;
        existing.Touch(now, scim.Actor);
        existing.Version++;
        db.Publish(new UserProvisioned(existing.ToRef(), TookOver: true, Source, now), now);
        await SaveAsync(input.Fields.UserName, ct);
        return existing;
    }

    public async Task<User> GetAsync(Guid id, CancellationToken ct) =>
        await reads.InDirectoryAsync(db, id, scim.AccountId, scim.DirectoryId, ct)
        ?? throw ScimException.NotFound($"User {id} not found.");

    public async Task<(int Total, List<User> Page)> ListAsync(ScimListQuery query, CancellationToken ct)
    {
        if (query.SortBy is null && query.Filter is not null && ScimUserQueries.IsUserNameLookup(query.Filter, scim.Limits, out var normalized))
        {
            var match = await reads.ByUserNameInDirectoryAsync(db, scim.AccountId, scim.DirectoryId, normalized, ct);
            return (match is null ? 0 : 1, match is null || query.StartIndex > 1 || query.Count == 0 ? [] : [match]);
        }

        var scoped = db.Users.AsNoTracking().Where(u => u.AccountId == scim.AccountId && u.DirectoryId == scim.DirectoryId);
        var filtered = ScimQueryable.Apply(scoped, ScimUserAttributes.Map, query, u => u.Id, scim.Limits);
        var total = await filtered.CountAsync(ct);
        var page = query.Count == 0 ? [] : await filtered.Skip(query.StartIndex - 1).Take(query.Count).ToListAsync(ct);
        return (total, page);
    }

    /// <summary>PUT: the attributes we keep are replaced; omitted `active` and `externalId` keep their value (see README).</summary>
    public Task<User> ReplaceAsync(Guid id, JsonObject body, string? ifMatch, CancellationToken ct) => AsIfSecondAsync(async () =>
    {
        var user = await LoadForUpdateAsync(id, ifMatch, ct);
        var input = Identify(ScimUserInputJson.Read(body));
        return await UpdateAsync(user, input, ct);
    });

    /// <summary>PATCH: applied to the current representation, then read back like a PUT, all or nothing.</summary>
    public Task<User> PatchAsync(Guid id, JsonObject body, string? ifMatch, CancellationToken ct) => AsIfSecondAsync(async () =>
    {
        var user = await LoadForUpdateAsync(id, ifMatch, ct);
        JsonObject patched;
        try
        {
            patched = ScimPatchRequest.Parse(body, scim.Limits).ApplyTo(ScimUserJson.Write(user, scim.BaseUrl, withMeta: false));
        }
        catch (ScimPatchException ex)
        {
            throw ScimException.InvalidPatch(ex);
        }

        return await UpdateAsync(user, Identify(ScimUserInputJson.Read(patched)), ct);
    });

    /// <summary>
    /// An IdP DELETE (Entra hard delete) disables and unlinks; the record stays for audit and re-linking. In the same
    /// transaction the user leaves this directory's groups, so a later POST of its userName does not regain them.
    /// </summary>
    public Task DeleteAsync(Guid id, string? ifMatch, CancellationToken ct) => AsIfSecondAsync(() => UnlinkAsync(id, ifMatch, ct));

    /// <summary>
    /// Runs a write again when another write to the user committed between its read and its UPDATE (the version
    /// check), nothing of it saved: a PUT or PATCH then applies to the new version, a DELETE that lost to a DELETE
    /// answers 404, as if each had come second, and an If-Match that named the old version answers 412. A PUT or
    /// PATCH reads the user before its transaction, so this happens on SQLite too. An IdP that sent nothing wrong
    /// gets no 409; only a user rewritten on every try does.
    /// </summary>
    private async Task<User> AsIfSecondAsync(Func<Task<User>> write)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await write();
            }
            catch (DbUpdateConcurrencyException) when (attempt < WriteAttempts)
            {
                db.ChangeTracker.Clear();
            }
            catch (DbUpdateConcurrencyException)
            {
                throw ScimException.Conflict("The user was changed by another request at the same time; retry.");
            }
        }
    }

    private Task<User> UnlinkAsync(Guid id, string? ifMatch, CancellationToken ct) => GroupTransaction.RunAsync(db, async () =>
    {
        var user = await LoadForUpdateAsync(id, ifMatch, ct);
        var now = time.GetUtcNow().UtcDateTime;
        await groups.RemoveUserFromDirectoryAsync(scim.AccountId, scim.DirectoryId, user.Id, Source, scim.Actor, now, ct);
        user.Active = false;
        user.DirectoryId = null;
        user.Touch(now, scim.Actor);
        user.Version++;
        db.Publish(new UserUnlinked(user.ToRef(), scim.DirectoryId, now), now);
        await db.SaveChangesAsync(ct);
        return user;
    }, ct);

    private async Task<User> UpdateAsync(User user, ScimUserInput input, CancellationToken ct)
    {
        var fields = input.ExternalIdGiven ? input.Fields : input.Fields with { ExternalId = user.Fields.ExternalId };
        if (UserLifecycle.Update(db, user, fields, input.Active ?? user.Active, Source, scim.Actor, time.GetUtcNow().UtcDateTime))
        {
            await SaveAsync(fields.UserName, ct);
        }

        return user;
    }

    private async Task<User> LoadForUpdateAsync(Guid id, string? ifMatch, CancellationToken ct)
    {
        scim.ResourceId = id;
        var user = await ScimUserQueries.InDirectory(db, id, scim.AccountId, scim.DirectoryId, ct)
            ?? throw ScimException.NotFound($"User {id} not found.");
        scim.ResourceName = user.Fields.UserName;
        scim.ExternalId = user.Fields.ExternalId;
        ScimIfMatch.Ensure(ifMatch, ScimUserJson.ETag(user), "user");

        return user;
    }

    private ScimUserInput Identify(ScimUserInput input)
    {
        scim.ResourceName = input.Fields.UserName;
        scim.ExternalId = input.Fields.ExternalId ?? scim.ExternalId;
        return input;
    }

    /// <summary>The create an IdP repeats for every assigned user: two INSERTs in one transaction, no change tracking.</summary>
    private async Task InsertAsync(User user, OutboxMessage provisioned, CancellationToken ct)
    {
        try
        {
            if (prepared is null)
            {
                await RowInserter.InsertAsync(db, [user, provisioned], ct);
            }
            else
            {
                prepared.Insert(db, [user, provisioned]);
                outbox.Notify();
            }
        }
        catch (Exception ex) when (UniqueViolation.IsUniqueError(ex))
        {
            throw ScimException.Uniqueness($"A user with userName '{user.UserName}' already exists in this account.");
        }
    }

    private async Task SaveAsync(string userName, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            throw ScimException.Uniqueness($"A user with userName '{userName}' already exists in this account.");
        }
    }
}
