using CatoScim.Licensing.Rules;
using static CatoScim.Licensing.Contracts.Seats.LicenseStatuses;

namespace CatoScim.Licensing.Tests.Seats;

/// <summary>Every path that moves a user's licence publishes UserLicenseStatusChanged with where the change left the user.</summary>
public sealed class LicenseStatusNotificationTests
{
    [Fact]
    public async Task A_rule_that_finds_a_free_seat_publishes_ASSIGNED_once_not_the_PENDING_it_passed_through()
    {
        var h = await LicensingHarness.CreateAsync();
        await h.SetTotalAsync(1);
        var user = Guid.CreateVersion7();
        await h.ProvisionAsync(user);
        Assert.Empty(await h.StatusChangesAsync());

        await h.CreateRuleAsync(LicenseRuleKind.User, userId: user);

        var changed = Assert.Single(await h.StatusChangesAsync());
        Assert.Equal((h.AccountId, user, Assigned), (changed.AccountId, changed.UserId, changed.Status));
        Assert.Equal((await h.PoolAsync()).Version, changed.Version);
        Assert.Equal(h.Time.GetUtcNow().UtcDateTime, changed.OccurredAt);
    }

    [Fact]
    public async Task A_covered_user_without_a_seat_is_PENDING_then_ASSIGNED_with_a_higher_version_when_the_pool_grows()
    {
        var h = await LicensingHarness.CreateAsync();
        await h.CreateRuleAsync(LicenseRuleKind.AllScimUsers);
        var user = Guid.CreateVersion7();
        await h.ProvisionAsync(user);
        await h.SetTotalAsync(1);

        var changes = await h.StatusChangesAsync();
        Assert.Equal([(user, Pending), (user, Assigned)], changes.Select(c => (c.UserId, c.Status)));
        Assert.True(changes[1].Version > changes[0].Version);
    }

    [Fact]
    public async Task Deleting_a_rule_publishes_NONE_for_its_seat_holder_and_for_its_waiting_user()
    {
        var h = await LicensingHarness.CreateAsync();
        await h.SetTotalAsync(1);
        var (first, second, group) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
        await h.ProvisionAsync(first);
        await h.ProvisionAsync(second);
        await h.AddMembersAsync(group, [first, second]);
        var rule = await h.CreateRuleAsync(LicenseRuleKind.Group, groupId: group);
        // One seat for two members covered at once: which one waits is up to the user ids.
        Assert.Equal([Assigned, Pending], (await h.StatusChangesAsync()).Select(c => c.Status).Order(StringComparer.Ordinal));

        await h.DeleteRuleAsync(rule.Id);

        var released = (await h.StatusChangesAsync()).Skip(2).ToList();
        Assert.Equal(new[] { first, second }.Order(), released.Select(c => c.UserId).Order());
        Assert.All(released, c => Assert.Equal(None, c.Status));
        Assert.Single(released.Select(c => c.Version).Distinct());
    }

    [Fact]
    public async Task Deactivation_publishes_NONE_for_the_user_and_ASSIGNED_for_the_waiting_user_who_gets_the_seat()
    {
        var h = await LicensingHarness.CreateAsync();
        await h.SetTotalAsync(1);
        await h.CreateRuleAsync(LicenseRuleKind.AllScimUsers);
        var (holder, waiting) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        await h.ProvisionAsync(holder);
        h.Time.Advance(TimeSpan.FromSeconds(1));
        await h.ProvisionAsync(waiting);

        await h.DeactivateAsync(holder);

        var last = (await h.StatusChangesAsync()).Skip(2).OrderBy(c => c.Status, StringComparer.Ordinal).ToList();
        Assert.Equal([(waiting, Assigned), (holder, None)], last.Select(c => (c.UserId, c.Status)));
    }

    [Fact]
    public async Task A_deleted_user_and_the_members_of_a_deleted_group_with_a_rule_are_published_NONE()
    {
        var h = await LicensingHarness.CreateAsync();
        await h.SetTotalAsync(5);
        var (direct, member, group) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
        await h.ProvisionAsync(direct);
        await h.ProvisionAsync(member);
        await h.AddMembersAsync(group, [member]);
        await h.CreateRuleAsync(LicenseRuleKind.User, userId: direct);
        await h.CreateRuleAsync(LicenseRuleKind.Group, groupId: group);

        await h.DeleteUserAsync(direct);
        await h.DeleteGroupAsync(group);

        Assert.Equal([(direct, Assigned), (member, Assigned), (direct, None), (member, None)],
            (await h.StatusChangesAsync()).Select(c => (c.UserId, c.Status)));
    }

    [Fact]
    public async Task Changes_that_leave_every_status_where_it_was_publish_nothing()
    {
        var h = await LicensingHarness.CreateAsync();
        await h.SetTotalAsync(1);
        var (user, group) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        await h.ProvisionAsync(user);
        await h.AddMembersAsync(group, [user]);
        await h.CreateRuleAsync(LicenseRuleKind.Group, groupId: group);
        Assert.Single(await h.StatusChangesAsync());

        // Another rule covers the same user (the seat's tier changes, its status not), the IdP sends the user again,
        // and the pool grows with nobody waiting.
        await h.CreateRuleAsync(LicenseRuleKind.User, userId: user);
        await h.ProvisionAsync(user);
        await h.SetTotalAsync(3);

        Assert.Single(await h.StatusChangesAsync());
    }
}
