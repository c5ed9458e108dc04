using CatoScim.ModuleKit.Seeding;

namespace CatoScim.Host.Cli.Seeding;

/// <summary>
/// GROUP rules on the five largest groups after the very largest (SDP for a few departments, not everyone), USER rules
/// on one user in 500, and seats bought for 85% of the users the rules name, so some wait for a seat.
/// </summary>
internal static class DemoLicensePlanner
{
    private const int RuleGroups = 5;
    private const double SeatsPerCoveredUser = 0.85;

    public static DemoLicenseSetup Plan(IReadOnlyList<DemoUser> users, IReadOnlyList<DemoGroup> groups, Random random, DateTime rulesCreatedAt)
    {
        var ruleGroups = groups.OrderByDescending(g => g.MemberIds.Count).ThenBy(g => g.Id)
            .Skip(groups.Count > RuleGroups ? 1 : 0).Take(RuleGroups).ToList();
        var ruleUsers = users.Count == 0 ? [] : users.OrderBy(_ => random.Next()).Take(Math.Max(1, users.Count / 500)).Select(u => u.Id).ToList();
        var named = ruleGroups.SelectMany(g => g.MemberIds).Concat(ruleUsers).Distinct().Count();
        return new DemoLicenseSetup((int)(named * SeatsPerCoveredUser), [.. ruleGroups.Select(g => g.Id)], ruleUsers, rulesCreatedAt);
    }
}
