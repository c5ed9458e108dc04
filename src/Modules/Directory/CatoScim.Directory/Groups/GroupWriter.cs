using CatoScim.Directory.Contracts.Groups;
using CatoScim.Directory.Persistence;
using CatoScim.ModuleKit.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Directory.Groups;

/// <summary>
/// Group writes shared by SCIM and the admin API. Called inside <see cref="GroupTransaction"/>; each saves the change
/// with its notifications, and moves MemberCount by the delta in SQL so parallel member writes never lose one.
/// </summary>
internal sealed class GroupWriter(DirectoryDbContext db, GroupMembership membership, UserGroupsBatch userGroups)
{
    public async Task<GroupMemberChanges> CreateAsync(Group group, GroupMemberPlan members, GroupMemberScope scope, string source, DateTime now, CancellationToken ct)
    {
        db.Groups.Add(group);
        var changes = await membership.ApplyAsync(group, members, scope, now, ct);
        group.MemberCount = changes.Added.Count;
        db.Publish(new GroupCreated(group.ToRef(), source, now), now);
        PublishMembers(group, changes, source, now);
        await db.SaveChangesAsync(ct);
        userGroups.Reset();
        return changes;
    }

    /// <summary>Renames (when <paramref name="displayName"/> differs) and applies the member plan; saves only if something changed.</summary>
    /// <param name="actor">Stored as UpdatedBy when something changed: members are the group's own attribute (RFC 7643 §4.2).</param>
    public async Task<GroupMemberChanges> ChangeAsync(Group group, string? displayName, GroupMemberPlan members, GroupMemberScope scope, string source, string actor,
        DateTime now, CancellationToken ct)
    {
        if (displayName is not null && displayName != group.DisplayName)
        {
            var oldName = group.DisplayName;
            group.Rename(displayName);
            db.Publish(new GroupRenamed(group.ToRef(), oldName, source, now), now);
        }

        var changes = await membership.ApplyAsync(group, members, scope, now, ct);
        if (changes.Added.Count == 0 && changes.Removed.Count == 0 && !db.ChangeTracker.HasChanges())
        {
            return changes;
        }

        group.Touch(now, actor);
        PublishMembers(group, changes, source, now);
        await db.SaveChangesAsync(ct);
        userGroups.Reset();
        await db.Groups.Where(g => g.Id == group.Id).ExecuteUpdateAsync(s => s
            .SetProperty(g => g.MemberCount, g => g.MemberCount + changes.Delta)
            .SetProperty(g => g.Version, g => g.Version + 1), ct);
        await db.Entry(group).ReloadAsync(ct);
        return changes;
    }

    public async Task DeleteAsync(Group group, string source, DateTime now, CancellationToken ct)
    {
        await db.GroupMembers.Where(m => m.GroupId == group.Id).ExecuteDeleteAsync(ct);
        db.Groups.Remove(group);
        db.Publish(new GroupDeleted(group.ToRef(), source, now), now);
        await db.SaveChangesAsync(ct);
        userGroups.Reset();
    }

    /// <summary>Before a user is deleted: one removal batch per group it was in, counts moved in SQL.</summary>
    public Task RemoveUserEverywhereAsync(Guid accountId, Guid userId, string source, string actor, DateTime now, CancellationToken ct) =>
        RemoveUserAsync(db.Groups.Where(g => g.AccountId == accountId), userId, source, actor, now, ct);

    /// <summary>When an IdP unlinks a user: it leaves that directory's groups, so a later re-link does not restore them.</summary>
    public Task RemoveUserFromDirectoryAsync(Guid accountId, Guid directoryId, Guid userId, string source, string actor, DateTime now, CancellationToken ct) =>
        RemoveUserAsync(db.Groups.Where(g => g.AccountId == accountId && g.DirectoryId == directoryId), userId, source, actor, now, ct);

    private async Task RemoveUserAsync(IQueryable<Group> scope, Guid userId, string source, string actor, DateTime now, CancellationToken ct)
    {
        var groups = await scope.AsNoTracking().Where(g => g.Members.Any(m => m.UserId == userId)).ToListAsync(ct);
        if (groups.Count == 0)
        {
            return;
        }

        var ids = groups.ConvertAll(g => g.Id);
        await db.GroupMembers.Where(m => m.UserId == userId && ids.Contains(m.GroupId)).ExecuteDeleteAsync(ct);
        await db.Groups.Where(g => ids.Contains(g.Id)).ExecuteUpdateAsync(s => s
            .SetProperty(g => g.MemberCount, g => g.MemberCount - 1)
            .SetProperty(g => g.Version, g => g.Version + 1)
            .SetProperty(g => g.UpdatedAt, now)
            .SetProperty(g => g.UpdatedBy, actor), ct);
        foreach (var group in groups)
        {
            db.Publish(new GroupMembersRemoved(group.ToRef(), [userId], source, now), now);
        }

        userGroups.Reset();
    }

    private void PublishMembers(Group group, GroupMemberChanges changes, string source, DateTime now)
    {
        if (changes.Added.Count > 0)
        {
            db.Publish(new GroupMembersAdded(group.ToRef(), changes.Added, source, now), now);
        }

        if (changes.Removed.Count > 0)
        {
            db.Publish(new GroupMembersRemoved(group.ToRef(), changes.Removed, source, now), now);
        }
    }
}
