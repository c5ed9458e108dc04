using CatoScim.Licensing.Rules;
using CatoScim.Licensing.Seats;

namespace CatoScim.Licensing.Tests.Seats;

public sealed class SeatOrderingTests
{
    [Fact]
    public async Task Seats_go_to_direct_users_then_groups_then_all_scim_users_earliest_covered_first()
    {
        var h = await LicensingHarness.CreateAsync();
        await h.CreateRuleAsync(LicenseRuleKind.AllScimUsers);
        var late = Guid.CreateVersion7();
        await Task.Delay(5);
        var (early, grouped, direct) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
        // `late` is covered after `early` although its id sorts first: coverage time decides, the id only breaks ties.
        await h.ProvisionAsync(early);
        h.Time.Advance(TimeSpan.FromMinutes(1));
        await h.ProvisionAsync(late);
        await h.ProvisionAsync(grouped);
        await h.ProvisionAsync(direct);
        var group = Guid.CreateVersion7();
        await h.AddMembersAsync(group, [grouped]);
        await h.CreateRuleAsync(LicenseRuleKind.Group, groupId: group);
        await h.CreateRuleAsync(LicenseRuleKind.User, userId: direct);
        Assert.Empty(await h.SeatsAsync(SeatStatus.Assigned));
        Assert.Equal(4, (await h.PoolAsync()).Pending);

        await h.SetTotalAsync(1);
        Assert.Equal([direct], (await h.SeatsAsync(SeatStatus.Assigned)).Select(s => s.UserId));
        await h.SetTotalAsync(2);
        Assert.Equal(new[] { direct, grouped }.Order(), (await h.SeatsAsync(SeatStatus.Assigned)).Select(s => s.UserId).Order());
        await h.SetTotalAsync(3);
        Assert.Equal(new[] { direct, grouped, early }.Order(), (await h.SeatsAsync(SeatStatus.Assigned)).Select(s => s.UserId).Order());
        Assert.Equal([late], (await h.SeatsAsync(SeatStatus.Pending)).Select(s => s.UserId));

        var seats = (await h.SeatsAsync(SeatStatus.Assigned)).ToDictionary(s => s.UserId, s => s.Via);
        Assert.Equal(LicenseRuleKind.User, seats[direct]);
        Assert.Equal(LicenseRuleKind.Group, seats[grouped]);
        Assert.Equal(LicenseRuleKind.AllScimUsers, seats[early]);
    }

    [Fact]
    public async Task A_deactivated_user_frees_the_seat_for_the_first_waiting_user_and_exhaustion_is_reported_once()
    {
        var h = await LicensingHarness.CreateAsync();
        await h.SetTotalAsync(2);
        await h.CreateRuleAsync(LicenseRuleKind.AllScimUsers);
        var users = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            users.Add(Guid.CreateVersion7());
            await h.ProvisionAsync(users[^1]);
            h.Time.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal(users[..2].Order(), (await h.SeatsAsync(SeatStatus.Assigned)).Select(s => s.UserId).Order());
        Assert.Equal(1, await h.OutboxCountAsync("LicensePoolExhausted"));

        await h.DeactivateAsync(users[0]);
        Assert.Equal(users[1..3].Order(), (await h.SeatsAsync(SeatStatus.Assigned)).Select(s => s.UserId).Order());
        Assert.Equal([users[3]], (await h.SeatsAsync(SeatStatus.Pending)).Select(s => s.UserId));
        Assert.Equal(1, await h.OutboxCountAsync("LicenseReleased"));
        Assert.Equal(3, await h.OutboxCountAsync("LicenseAssigned"));
        Assert.Equal(1, await h.OutboxCountAsync("LicensePoolExhausted"));

        // A seat free with nobody waiting ends the episode; the next shortage is a new one.
        await h.SetTotalAsync(4);
        Assert.False((await h.PoolAsync()).Exhausted);
        await h.ProvisionAsync(Guid.CreateVersion7());
        await h.ProvisionAsync(Guid.CreateVersion7());
        Assert.Equal(2, await h.OutboxCountAsync("LicensePoolExhausted"));
        var pool = await h.PoolAsync();
        Assert.Equal((4, 1), (pool.Allocated, pool.Pending));
    }
}
