using System.Text.Json.Nodes;
using CatoScim.Directory.Contracts;
using CatoScim.Directory.Contracts.Groups;
using CatoScim.Directory.Groups;
using CatoScim.Directory.Persistence;
using CatoScim.Directory.Scim.Auth;
using CatoScim.ModuleKit.Outbox;
using CatoScim.Scim.Patch;
using CatoScim.Scim.Protocol;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Directory.Scim.Groups;

/// <summary>Group writes as an IdP drives them over SCIM; each is one transaction with its notifications, or nothing.</summary>
internal sealed class ScimGroupService(DirectoryDbContext db, GroupWriter writer, ScimGroupQueries queries, ScimRequestContext scim, TimeProvider time)
{
    private const string Source = ChangeSources.Scim;

    public Task<Group> CreateAsync(JsonObject body, CancellationToken ct)
    {
        var input = Identify(ScimGroupInputJson.Read(body));
        var members = GroupMemberPlan.Replacing(input.Members ?? []);
        return RunAsync(input.DisplayName, async now =>
        {
            var normalized = Group.Normalize(input.DisplayName);
            var existing = await db.Groups.SingleOrDefaultAsync(g => g.AccountId == scim.AccountId && g.DisplayNameNormalized == normalized, ct);
            if (existing is null)
            {
                var group = new Group
                {
                    Id = Guid.CreateVersion7(),
                    AccountId = scim.AccountId,
                    DirectoryId = scim.DirectoryId,
                    Origin = GroupOrigin.Scim,
                    ExternalId = input.ExternalId,
                    CreatedAt = now,
                    CreatedBy = scim.Actor,
                    UpdatedAt = now,
                    UpdatedBy = scim.Actor,
                };
                group.Rename(input.DisplayName);
                scim.ResourceId = group.Id;
                await writer.CreateAsync(group, members, MemberScope, Source, now, ct);
                return group;
            }

            scim.ResourceId = existing.Id;
            await queries.EnsureNotOwnedAsync(existing, ct);

            // An LDAP or MANUAL group of this name, or one an IdP unlinked: SCIM takes it over, keeping its id.
            var former = existing.Origin.Name();
            existing.Origin = GroupOrigin.Scim;
            existing.DirectoryId = scim.DirectoryId;
            existing.ExternalId = input.ExternalId;
            existing.Rename(input.DisplayName);
            db.Publish(new GroupTakenOver(existing.ToRef(), former, now), now);
            await writer.ChangeAsync(existing, null, members, MemberScope, Source, scim.Actor, now, ct);
            return existing;
        }, ct);
    }

    /// <summary>PUT replaces displayName and members (omitted members means none, RFC 7644 §3.5.1); omitted externalId is kept.</summary>
    public Task<Group> ReplaceAsync(Guid id, JsonObject body, string? ifMatch, CancellationToken ct)
    {
        scim.ResourceId = id;
        var input = Identify(ScimGroupInputJson.Read(body));
        return RunAsync(input.DisplayName, async now =>
        {
            var group = await queries.LoadAsync(id, ifMatch, ct);
            group.ExternalId = input.ExternalIdGiven ? input.ExternalId : group.ExternalId;
            await writer.ChangeAsync(group, input.DisplayName, GroupMemberPlan.Replacing(input.Members ?? []), MemberScope, Source, scim.Actor, now, ct);
            return group;
        }, ct);
    }

    /// <summary>
    /// Member operations are applied in SQL to the rows they name; the rest (displayName, externalId, Okta's
    /// path-less rename) to a small rendering without members. All or nothing.
    /// </summary>
    public Task<Group> PatchAsync(Guid id, JsonObject body, string? ifMatch, CancellationToken ct)
    {
        scim.ResourceId = id;
        ScimPatchSplit split;
        try
        {
            split = ScimPatchRequest.Parse(body, scim.Limits).Split("members");
        }
        catch (ScimPatchException ex)
        {
            throw ScimException.InvalidPatch(ex);
        }

        var members = ScimGroupMemberOps.Plan(split.Extracted);
        return RunAsync(null, async now =>
        {
            var group = await queries.LoadAsync(id, ifMatch, ct);
            var name = group.DisplayName;
            if (split.Remaining.Operations.Count > 0)
            {
                var input = Identify(ScimGroupInputJson.Read(Apply(split.Remaining, ScimGroupJson.Write(group, null, scim.BaseUrl, withMeta: false))));
                name = input.DisplayName;
                group.ExternalId = input.ExternalId;
            }

            await writer.ChangeAsync(group, name, members, MemberScope, Source, scim.Actor, now, ct);
            return group;
        }, ct);
    }

    public async Task DeleteAsync(Guid id, string? ifMatch, CancellationToken ct)
    {
        try
        {
            await RemoveAsync(id, ifMatch, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // SQLite serialises group writes, but on SQL Server two DELETEs can both read the group before either
            // removes it; the loser finds no row, and nothing of it was saved. Run it again: 404, as if it came second.
            try
            {
                await RemoveAsync(id, ifMatch, ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                throw ScimException.Conflict("The group was changed by another request at the same time; retry.");
            }
        }
    }

    private Task<Group> RemoveAsync(Guid id, string? ifMatch, CancellationToken ct) => RunAsync(null, async now =>
    {
        var group = await queries.LoadAsync(id, ifMatch, ct);
        await writer.DeleteAsync(group, Source, now, ct);
        return group;
    }, ct);

    /// <summary>An IdP adds only users it provisions; the admin API keeps the account scope.</summary>
    private GroupMemberScope MemberScope => GroupMemberScope.Directory(scim.DirectoryId);

    private static JsonObject Apply(ScimPatchRequest patch, JsonObject group)
    {
        try
        {
            return patch.ApplyTo(group);
        }
        catch (ScimPatchException ex)
        {
            throw ScimException.InvalidPatch(ex);
        }
    }

    private async Task<Group> RunAsync(string? displayName, Func<DateTime, Task<Group>> work, CancellationToken ct)
    {
        try
        {
            return await GroupTransaction.RunAsync(db, () => work(time.GetUtcNow().UtcDateTime), ct);
        }
        catch (GroupMemberException ex)
        {
            throw ScimException.InvalidValue(ex.Message);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            throw ScimException.Uniqueness($"A group named '{displayName ?? scim.ResourceName}' already exists in this account.");
        }
    }

    private ScimGroupInput Identify(ScimGroupInput input)
    {
        scim.ResourceName = input.DisplayName;
        scim.ExternalId = input.ExternalId ?? scim.ExternalId;
        return input;
    }
}
