using CatoScim.Licensing.Rules;
using CatoScim.Licensing.Seats;
using CatoScim.ModuleKit.Seeding;

namespace CatoScim.Licensing.Seeding;

/// <summary>
/// The seats the seat engine would have given the demo users: covered by a USER rule, else a GROUP rule naming one of
/// their groups, else an ALL_SCIM_USERS rule already in the account; eligible when active (or when disabled users keep
/// their seat). Seats go in allocation order (tier, covered since, user id) until the seats bought run out.
/// </summary>
internal static class DemoSeatPlan
{
    public static List<SeatAssignment> Allocate(DemoDataset data, bool releaseOnDisable, bool allScimUsers)
    {
        var direct = data.Licenses.RuleUserIds.ToHashSet();
        var ruleGroups = data.Licenses.RuleGroupIds.ToHashSet();
        var viaGroup = data.Groups.Where(g => ruleGroups.Contains(g.Id)).SelectMany(g => g.MemberIds).ToHashSet();
        var covered = new List<SeatAssignment>();
        foreach (var user in data.Users.Where(u => u.Active || !releaseOnDisable))
        {
            LicenseRuleKind? via = direct.Contains(user.Id) ? LicenseRuleKind.User
                : viaGroup.Contains(user.Id) ? LicenseRuleKind.Group
                : allScimUsers && user.DirectoryId is not null ? LicenseRuleKind.AllScimUsers
                : null;
            if (via is { } tier)
            {
                // A rule covers the users it names when it is made, and a later user when it arrives.
                var since = user.CreatedAt > data.Licenses.RulesCreatedAt ? user.CreatedAt : data.Licenses.RulesCreatedAt;
                covered.Add(new SeatAssignment { AccountId = data.AccountId, UserId = user.Id, Status = SeatStatus.Pending, Via = tier, CoveredAt = since, Since = since });
            }
        }

        // Ties on the time are broken by the id as SQLite stores and orders it (upper-case text), as the engine's query does.
        var order = covered.OrderBy(s => s.Via).ThenBy(s => s.CoveredAt).ThenBy(s => s.UserId.ToString("D").ToUpperInvariant(), StringComparer.Ordinal);
        var free = data.Licenses.PoolTotal;
        foreach (var seat in order)
        {
            if (free-- > 0)
            {
                seat.Status = SeatStatus.Assigned;
            }
        }

        return covered;
    }
}
