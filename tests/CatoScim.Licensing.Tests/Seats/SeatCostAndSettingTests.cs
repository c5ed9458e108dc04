using CatoScim.Licensing.Copies;
using CatoScim.Licensing.Rules;
using CatoScim.Licensing.Seats;

namespace CatoScim.Licensing.Tests.Seats;

public sealed class SeatCostAndSettingTests
{
    [Fact]
    public async Task A_batch_of_100_costs_the_same_in_a_licensed_group_of_5000_as_in_an_empty_one()
    {
        var h = await LicensingHarness.CreateAsync();
        await h.SetTotalAsync(10_000);
        var (big, small) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        await using (var db = h.Db())
        {
            // Existing members are written directly: only their count matters here.
            db.Groups.AddRange(new LicensedGroup { GroupId = big, AccountId = h.AccountId }, new LicensedGroup { GroupId = small, AccountId = h.AccountId });
            for (var i = 0; i < 5000; i++)
            {
                var id = Guid.CreateVersion7();
                db.Users.Add(new LicensedUser { UserId = id, AccountId = h.AccountId, UserName = $"{id:N}", Origin = "SCIM", Active = true });
                db.Memberships.Add(new GroupMembershipCopy { GroupId = big, UserId = id, AccountId = h.AccountId });
            }

            await db.SaveChangesAsync();
        }

        await h.CreateRuleAsync(LicenseRuleKind.Group, groupId: big);
        await h.CreateRuleAsync(LicenseRuleKind.Group, groupId: small);
        var batches = new List<List<Guid>>();
        for (var b = 0; b < 2; b++)
        {
            batches.Add([.. Enumerable.Range(0, 100).Select(_ => Guid.CreateVersion7())]);
            foreach (var id in batches[b])
            {
                await h.ProvisionAsync(id);
            }
        }

        var (inBig, inSmall) = (new CommandCounter(), new CommandCounter());
        await h.AddMembersAsync(big, batches[0], interceptor: inBig);
        await h.AddMembersAsync(small, batches[1], interceptor: inSmall);

        Assert.Equal(inSmall.Commands, inBig.Commands);
        Assert.Equal(5200, (await h.PoolAsync()).Allocated);
    }

    [Fact]
    public async Task With_release_on_disable_off_a_deactivated_user_keeps_the_seat_until_the_setting_is_turned_back_on()
    {
        var h = await LicensingHarness.CreateAsync();
        await h.SetTotalAsync(1, releaseOnDisable: false);
        await h.CreateRuleAsync(LicenseRuleKind.AllScimUsers);
        var (holder, waiting) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        await h.ProvisionAsync(holder);
        h.Time.Advance(TimeSpan.FromSeconds(1));
        await h.ProvisionAsync(waiting);

        await h.DeactivateAsync(holder);
        Assert.Equal([holder], (await h.SeatsAsync(SeatStatus.Assigned)).Select(s => s.UserId));

        await h.SetTotalAsync(1, releaseOnDisable: true);
        Assert.Equal([waiting], (await h.SeatsAsync(SeatStatus.Assigned)).Select(s => s.UserId));
        Assert.Empty(await h.SeatsAsync(SeatStatus.Pending));
    }
}
