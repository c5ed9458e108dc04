using CatoScim.Directory.Contracts.Groups;
using CatoScim.Licensing.Contracts.Rules;
using CatoScim.Licensing.Contracts.Seats;
using CatoScim.Licensing.Persistence;
using CatoScim.Licensing.Rules;
using CatoScim.Licensing.Seats;
using CatoScim.ModuleKit.Audit;
using CatoScim.ModuleKit.Inbox;
using CatoScim.ModuleKit.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Licensing.Copies;

/// <summary>Applies group notifications to the group and membership copies; only the users a batch names are re-evaluated.</summary>
internal sealed class GroupCopyWriter(LicensingDbContext db, SeatTransaction seats, SeatEngine engine, MessageContext message, TimeProvider time)
{
    public Task UpsertAsync(string consumer, GroupRef group, CancellationToken ct) =>
        RunAsync(consumer, group, async (_, _) => await UpsertGroupAsync(group, ct), ct);

    public Task AddMembersAsync(string consumer, GroupRef group, IReadOnlyList<Guid> userIds, CancellationToken ct) =>
        RunAsync(consumer, group, async (pool, now) =>
        {
            await UpsertGroupAsync(group, ct);
            var ids = userIds.Distinct().ToList();
            foreach (var chunk in ids.Chunk(500))
            {
                var existing = (await db.Memberships.Where(m => m.GroupId == group.GroupId && chunk.Contains(m.UserId))
                    .Select(m => m.UserId).ToListAsync(ct)).ToHashSet();
                db.Memberships.AddRange(chunk.Where(id => !existing.Contains(id))
                    .Select(id => new GroupMembershipCopy { GroupId = group.GroupId, UserId = id, AccountId = group.AccountId }));
            }

            await engine.EvaluateAsync(pool, ids, LicenseReleaseReasons.NotCovered, now, ct);
            await engine.FillAsync(pool, now, ct);
        }, ct);

    public Task RemoveMembersAsync(string consumer, GroupRef group, IReadOnlyList<Guid> userIds, CancellationToken ct) =>
        RunAsync(consumer, group, async (pool, now) =>
        {
            var ids = userIds.Distinct().ToList();
            foreach (var chunk in ids.Chunk(500))
            {
                await db.Memberships.Where(m => m.GroupId == group.GroupId && chunk.Contains(m.UserId)).ExecuteDeleteAsync(ct);
            }

            await engine.EvaluateAsync(pool, ids, LicenseReleaseReasons.NotCovered, now, ct);
            await engine.FillAsync(pool, now, ct);
        }, ct);

    /// <summary>
    /// A GROUP rule naming the group is kept and marked orphaned (an admin decides what replaces it), with the group's
    /// copy kept only for its name. The members are re-evaluated: without their memberships the rule covers none of them.
    /// </summary>
    public Task DeleteAsync(string consumer, GroupRef group, CancellationToken ct) =>
        RunAsync(consumer, group, async (pool, now) =>
        {
            var ids = await db.Memberships.Where(m => m.GroupId == group.GroupId).Select(m => m.UserId).ToListAsync(ct);
            await db.Memberships.Where(m => m.GroupId == group.GroupId).ExecuteDeleteAsync(ct);
            var rule = await db.Rules.SingleOrDefaultAsync(r => r.AccountId == group.AccountId && r.Kind == LicenseRuleKind.Group && r.Subject == group.GroupId, ct);
            if (rule is null)
            {
                await db.Groups.Where(g => g.GroupId == group.GroupId).ExecuteDeleteAsync(ct);
            }
            else
            {
                (await UpsertGroupAsync(group, ct)).DeletedAt ??= now;
                if (rule.OrphanedAt is null)
                {
                    // The IdP deleted the group; marking the rule is this service's own consequence of it.
                    rule.OrphanedAt = now;
                    rule.Touch(now, Actors.System);
                }
            }

            var allocated = pool.Allocated;
            await engine.EvaluateAsync(pool, ids, LicenseReleaseReasons.NotCovered, now, ct);
            if (rule is not null)
            {
                db.Publish(new LicenseRuleOrphaned(group.AccountId, rule.Id, group.GroupId, group.DisplayName, allocated - pool.Allocated, now), now);
            }

            await engine.FillAsync(pool, now, ct);
        }, ct);

    private async Task RunAsync(string consumer, GroupRef group, Func<Pool.LicensePool, DateTime, Task> work, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await seats.RunAsync(group.AccountId, now, async pool =>
        {
            if (!await db.TryBeginHandlingAsync(message, consumer, now, ct))
            {
                return false;
            }

            await work(pool, now);
            return true;
        }, ct);
    }

    private async Task<LicensedGroup> UpsertGroupAsync(GroupRef group, CancellationToken ct)
    {
        var copy = await db.Groups.SingleOrDefaultAsync(g => g.GroupId == group.GroupId, ct);
        if (copy is null)
        {
            copy = new LicensedGroup { GroupId = group.GroupId, AccountId = group.AccountId };
            db.Groups.Add(copy);
        }

        copy.DisplayName = group.DisplayName;
        return copy;
    }
}
