using CatoScim.Licensing.Contracts.Audit;
using CatoScim.Licensing.Contracts.Seats;
using CatoScim.Licensing.Persistence;
using CatoScim.Licensing.Rules;
using CatoScim.Licensing.Seats;
using CatoScim.ModuleKit.Audit;
using CatoScim.ModuleKit.GraphQL;
using CatoScim.ModuleKit.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Licensing.BulkAssignment;

/// <summary>
/// Creates or removes the USER rules of many users in one seat transaction, so the seat engine allocates once for the
/// whole call and two racing calls are serialized by the pool lock. Each rule created or removed leaves its own audit
/// record, the same as createLicenseRule / deleteLicenseRule would, so the trail names every rule whichever call made it.
/// </summary>
internal sealed class BulkAssignmentEditor(LicensingDbContext db, SeatTransaction seats, SeatEngine engine, CoveringRuleReader covering, TimeProvider time)
{
    public const int MaxUserIds = LicenseReader.MaxUserIds;
    private const int Chunk = 500;

    public Task<LicenseChanges> AssignAsync(AccountScope scope, IReadOnlyList<string> userIds, CancellationToken ct) =>
        RunAsync(scope, userIds, assign: true, ct);

    public Task<LicenseChanges> UnassignAsync(AccountScope scope, IReadOnlyList<string> userIds, CancellationToken ct) =>
        RunAsync(scope, userIds, assign: false, ct);

    private async Task<LicenseChanges> RunAsync(AccountScope scope, IReadOnlyList<string> userIds, bool assign, CancellationToken ct)
    {
        if (userIds.Count > MaxUserIds)
        {
            throw GraphQLErrors.Validation("input.userIds", $"userIds takes at most {MaxUserIds} ids.");
        }

        // Not a GUID names no user, like an unknown id; a GUID is echoed in its canonical form so repeats count once.
        var asked = userIds.Select(raw => Guid.TryParse(raw, out var id) ? id.ToString() : raw).Distinct(StringComparer.Ordinal).ToList();
        var ids = asked.Select(raw => Guid.TryParse(raw, out var id) ? id : (Guid?)null).OfType<Guid>().ToList();
        var accountId = scope.AccountId;
        var now = time.GetUtcNow().UtcDateTime;
        LicenseChanges? result = null;
        await seats.RunAsync(accountId, now, async pool =>
        {
            var known = await KnownUsersAsync(accountId, ids, ct);
            var existing = await UserRulesAsync(accountId, known, ct);
            var changed = assign ? Create(accountId, known, existing, scope.Principal.Actor, now) : Remove(known, existing);
            await engine.EvaluateAsync(pool, changed.Keys, LicenseReleaseReasons.NotCovered, now, ct);
            await engine.FillAsync(pool, now, ct);
            foreach (var rule in changed.Values)
            {
                db.Publish(assign
                    ? AdminChangeAudited.By(scope.Principal, LicensingAuditActions.LicenseRuleCreated, LicensingAuditTargets.LicenseRule, rule.Id.ToString(), ["kind", "userId"], now)
                    : AdminChangeAudited.By(scope.Principal, LicensingAuditActions.LicenseRuleDeleted, LicensingAuditTargets.LicenseRule, rule.Id.ToString(), [], now), now);
            }

            // Read back inside the transaction: the outcomes are what this call committed, not what a later call made of it.
            await db.SaveChangesAsync(ct);
            var seatRows = await SeatsAsync(accountId, known, ct);
            var stillCovered = assign ? [] : await covering.ReadAsync(accountId, known, ct);
            result = new LicenseChanges(asked.Select(raw => Outcome(raw, assign, known, changed, seatRows, stillCovered)).ToList(), pool);
            return true;
        }, ct);
        return result!;
    }

    private Dictionary<Guid, LicenseRule> Create(Guid accountId, HashSet<Guid> known, Dictionary<Guid, LicenseRule> existing, string actor, DateTime now)
    {
        var created = new Dictionary<Guid, LicenseRule>();
        foreach (var id in known.Where(id => !existing.ContainsKey(id)))
        {
            var rule = new LicenseRule
            {
                Id = Guid.CreateVersion7(),
                AccountId = accountId,
                Kind = LicenseRuleKind.User,
                UserId = id,
                Subject = id,
                CreatedAt = now,
                CreatedBy = actor,
                UpdatedAt = now,
                UpdatedBy = actor,
            };
            db.Rules.Add(rule);
            created[id] = rule;
        }

        return created;
    }

    private Dictionary<Guid, LicenseRule> Remove(HashSet<Guid> known, Dictionary<Guid, LicenseRule> existing)
    {
        var removed = known.Where(existing.ContainsKey).ToDictionary(id => id, id => existing[id]);
        db.Rules.RemoveRange(removed.Values);
        return removed;
    }

    private static LicenseChange Outcome(string raw, bool assign, HashSet<Guid> known, Dictionary<Guid, LicenseRule> changed,
        Dictionary<Guid, SeatAssignment> seatRows, Dictionary<Guid, List<LicenseRule>> stillCovered)
    {
        if (!Guid.TryParse(raw, out var id) || !known.Contains(id))
        {
            return new LicenseChange(raw, LicenseChangeOutcome.NotFound, null, null);
        }

        var seat = seatRows.GetValueOrDefault(id);
        var rule = changed.GetValueOrDefault(id);
        var outcome = assign
            ? (rule, seat?.Status) switch
            {
                (null, _) => LicenseChangeOutcome.AlreadyAssigned,
                (_, SeatStatus.Assigned) => LicenseChangeOutcome.Assigned,
                (_, SeatStatus.Pending) => LicenseChangeOutcome.Pending,
                _ => LicenseChangeOutcome.Inactive,
            }
            : stillCovered.ContainsKey(id) ? LicenseChangeOutcome.StillCovered
            : rule is not null ? LicenseChangeOutcome.Unassigned
            : LicenseChangeOutcome.NotAssigned;
        return new LicenseChange(raw, outcome, rule, UserLicense.Of(id, seat));
    }

    private async Task<HashSet<Guid>> KnownUsersAsync(Guid accountId, List<Guid> ids, CancellationToken ct)
    {
        var known = new HashSet<Guid>();
        foreach (var chunk in ids.Chunk(Chunk))
        {
            known.UnionWith(await db.Users.AsNoTracking()
                .Where(u => u.AccountId == accountId && chunk.Contains(u.UserId) && !u.Deleted).Select(u => u.UserId).ToListAsync(ct));
        }

        return known;
    }

    private async Task<Dictionary<Guid, LicenseRule>> UserRulesAsync(Guid accountId, HashSet<Guid> known, CancellationToken ct)
    {
        var rules = new Dictionary<Guid, LicenseRule>();
        foreach (var chunk in known.Chunk(Chunk))
        {
            foreach (var rule in await db.Rules.Where(r => r.AccountId == accountId && r.Kind == LicenseRuleKind.User && chunk.Contains(r.Subject)).ToListAsync(ct))
            {
                rules[rule.Subject] = rule;
            }
        }

        return rules;
    }

    private async Task<Dictionary<Guid, SeatAssignment>> SeatsAsync(Guid accountId, HashSet<Guid> known, CancellationToken ct)
    {
        var rows = new Dictionary<Guid, SeatAssignment>();
        foreach (var chunk in known.Chunk(Chunk))
        {
            foreach (var seat in await db.Seats.AsNoTracking().Where(s => s.AccountId == accountId && chunk.Contains(s.UserId)).ToListAsync(ct))
            {
                rows[seat.UserId] = seat;
            }
        }

        return rows;
    }
}
