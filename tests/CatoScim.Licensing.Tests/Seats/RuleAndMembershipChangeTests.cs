using CatoScim.Licensing.Rules;
using CatoScim.Licensing.Seats;

namespace CatoScim.Licensing.Tests.Seats;

public sealed class RuleAndMembershipChangeTests
{
    [Fact]
    public async Task Deleting_a_group_rule_keeps_users_another_rule_covers_and_releases_the_rest()
    {
        var h = await LicensingHarness.CreateAsync();
        await h.SetTotalAsync(5);
        var (direct, grouped, group) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
        await h.ProvisionAsync(direct);
        await h.ProvisionAsync(grouped);
        await h.AddMembersAsync(group, [direct, grouped]);
        var groupRule = await h.CreateRuleAsync(LicenseRuleKind.Group, groupId: group);
        await h.CreateRuleAsync(LicenseRuleKind.User, userId: direct);
        Assert.Equal(LicenseRuleKind.User, (await h.SeatsAsync(SeatStatus.Assigned)).Single(s => s.UserId == direct).Via);

        await h.DeleteRuleAsync(groupRule.Id);

        Assert.Equal([direct], (await h.SeatsAsync(SeatStatus.Assigned)).Select(s => s.UserId));
        Assert.Equal(1, await h.OutboxCountAsync("LicenseReleased"));
        Assert.Equal((1, 0), ((await h.PoolAsync()).Allocated, (await h.PoolAsync()).Pending));
    }

    [Fact]
    public async Task A_removed_member_frees_the_seat_for_the_first_pending_member()
    {
        var h = await LicensingHarness.CreateAsync();
        await h.SetTotalAsync(1);
        var (first, second, group) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
        await h.ProvisionAsync(first);
        await h.ProvisionAsync(second);
        await h.AddMembersAsync(group, [first]);
        await h.CreateRuleAsync(LicenseRuleKind.Group, groupId: group);
        h.Time.Advance(TimeSpan.FromSeconds(1));
        await h.AddMembersAsync(group, [second]);
        Assert.Equal([second], (await h.SeatsAsync(SeatStatus.Pending)).Select(s => s.UserId));

        await h.RemoveMembersAsync(group, [first]);

        Assert.Equal([second], (await h.SeatsAsync(SeatStatus.Assigned)).Select(s => s.UserId));
        Assert.Empty(await h.SeatsAsync(SeatStatus.Pending));
        // The freed seat went straight to a waiting user, so no seat was ever free with nobody waiting: same episode.
        Assert.True((await h.PoolAsync()).Exhausted);
        Assert.Equal(1, await h.OutboxCountAsync("LicensePoolExhausted"));
    }
}
