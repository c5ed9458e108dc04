using CatoScim.Directory.Auditing;
using CatoScim.Directory.Contracts;
using CatoScim.Directory.Contracts.Audit;
using CatoScim.Directory.Persistence;
using CatoScim.ModuleKit.GraphQL;
using CatoScim.ModuleKit.Text;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Directory.Groups;

/// <summary>Admin writes to groups; each commits with its notifications, or changes nothing.</summary>
internal sealed class GroupEditor(DirectoryDbContext db, GroupWriter writer, GroupReader reader, TimeProvider time)
{
    private const string Source = ChangeSources.Admin;

    public Task<GroupView> CreateAsync(AccountScope scope, string? name, CancellationToken ct)
    {
        var displayName = ValidName(name);
        return RunAsync(scope, displayName, async now =>
        {
            var actor = scope.Principal.Actor;
            var group = new Group
            {
                Id = Guid.CreateVersion7(),
                AccountId = scope.AccountId,
                Origin = GroupOrigin.Manual,
                CreatedAt = now,
                CreatedBy = actor,
                UpdatedAt = now,
                UpdatedBy = actor,
            };
            group.Rename(displayName);
            db.Audit(scope, DirectoryAuditActions.GroupCreated, DirectoryAuditTargets.Group, group.Id, ["name"], now);
            await writer.CreateAsync(group, new GroupMemberPlan(), GroupMemberScope.Account, Source, now, ct);
            return group;
        }, ct);
    }

    public Task<GroupView> UpdateAsync(AccountScope scope, string? groupId, string? name, CancellationToken ct)
    {
        var displayName = name is null ? null : ValidName(name);
        return RunAsync(scope, displayName, async now =>
        {
            var group = await FindEditableAsync(scope.AccountId, groupId, ct);
            if (displayName is not null && displayName != group.DisplayName)
            {
                db.Audit(scope, DirectoryAuditActions.GroupUpdated, DirectoryAuditTargets.Group, group.Id, ["name"], now);
            }

            // A rename always saves, so the audit record staged above goes with it; no rename saves nothing.
            await writer.ChangeAsync(group, displayName, new GroupMemberPlan(), GroupMemberScope.Account, Source, scope.Principal.Actor, now, ct);
            return group;
        }, ct);
    }

    public Task<GroupView> DeleteAsync(AccountScope scope, string? groupId, CancellationToken ct) => RunAsync(scope, null, async now =>
    {
        var group = await FindEditableAsync(scope.AccountId, groupId, ct);
        db.Audit(scope, DirectoryAuditActions.GroupDeleted, DirectoryAuditTargets.Group, group.Id, [], now);
        await writer.DeleteAsync(group, Source, now, ct);
        return group;
    }, ct);

    public async Task<GroupView> ChangeMembersAsync(AccountScope scope, string? groupId, IEnumerable<string>? userIds, bool add, CancellationToken ct)
    {
        var ids = (userIds ?? []).Select((id, i) => Guid.TryParse(id, out var user) ? user
            : throw GraphQLErrors.Validation($"input.userIds[{i}]", $"'{id}' is not a user id.")).ToList();
        var plan = new GroupMemberPlan();
        if (add)
        {
            plan.Add(ids);
        }
        else
        {
            plan.Remove(ids);
        }

        try
        {
            return await RunAsync(scope, null, async now =>
            {
                var group = await FindEditableAsync(scope.AccountId, groupId, ct);
                var changes = await writer.ChangeAsync(group, null, plan, GroupMemberScope.Account, Source, scope.Principal.Actor, now, ct);
                if (changes.Added.Count > 0 || changes.Removed.Count > 0)
                {
                    // Only now is it known whether the plan changed anything; the record still commits in the change's transaction.
                    db.Audit(scope, add ? DirectoryAuditActions.GroupMembersAdded : DirectoryAuditActions.GroupMembersRemoved,
                        DirectoryAuditTargets.Group, group.Id, ["members"], now);
                    await db.SaveChangesAsync(ct);
                }

                return group;
            }, ct);
        }
        catch (GroupMemberException ex)
        {
            var at = ex.MemberId is { } member ? ids.IndexOf(member) : -1;
            throw GraphQLErrors.Validation(at >= 0 ? $"input.userIds[{at}]" : "input.userIds", ex.Message);
        }
    }

    private async Task<Group> FindEditableAsync(Guid accountId, string? groupId, CancellationToken ct)
    {
        var group = (Guid.TryParse(groupId, out var id) ? await db.Groups.SingleOrDefaultAsync(g => g.Id == id && g.AccountId == accountId, ct) : null)
            ?? throw GraphQLErrors.NotFound("No group with that id in this account.");
        if (group.Origin == GroupOrigin.Ldap || (group.Origin == GroupOrigin.Scim && group.DirectoryId is not null))
        {
            throw GraphQLErrors.Validation("input.groupId",
                $"Group '{group.DisplayName}' is managed by the identity provider ({group.Origin.Name()}); change its name and members there, not here.");
        }

        return group;
    }

    private async Task<GroupView> RunAsync(AccountScope scope, string? name, Func<DateTime, Task<Group>> work, CancellationToken ct)
    {
        Group group;
        try
        {
            group = await GroupTransaction.RunAsync(db, () => work(time.GetUtcNow().UtcDateTime), ct);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            throw GraphQLErrors.Conflict("input.name", $"A group named '{name}' already exists in this account.");
        }

        return (await reader.ViewsAsync(scope.AccountId, [group], ct))[0];
    }

    private static string ValidName(string? raw)
    {
        var name = raw?.Trim() ?? "";
        if (name.Length is 0 or > Group.DisplayNameMax)
        {
            throw GraphQLErrors.Validation("input.name", $"name needs 1 to {Group.DisplayNameMax} characters.");
        }

        return Label.HasControlCharacters(name) ? throw GraphQLErrors.Validation("input.name", Label.ControlCharactersRefused("name")) : name;
    }
}
