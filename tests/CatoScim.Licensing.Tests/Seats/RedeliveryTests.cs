using CatoScim.Licensing.Rules;
using CatoScim.Licensing.Seats;
using CatoScim.ModuleKit.Inbox;
using CatoScim.ModuleKit.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Licensing.Tests.Seats;

public sealed class RedeliveryTests
{
    [Fact]
    public async Task Redelivered_user_and_membership_notifications_change_nothing()
    {
        var h = await LicensingHarness.CreateAsync();
        await h.SetTotalAsync(1);
        var group = Guid.CreateVersion7();
        var (first, second) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        var (provisioned, added) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        await h.ProvisionAsync(first, provisioned);
        await h.ProvisionAsync(second);
        await h.AddMembersAsync(group, [first, second], added);
        await h.CreateRuleAsync(LicenseRuleKind.Group, groupId: group);
        var before = await SnapshotAsync(h);

        await h.ProvisionAsync(first, provisioned);
        await h.AddMembersAsync(group, [first, second], added);

        Assert.Equal(before, await SnapshotAsync(h));
        Assert.Single(await h.SeatsAsync(SeatStatus.Assigned));
        Assert.Single(await h.SeatsAsync(SeatStatus.Pending));
    }

    private static async Task<string> SnapshotAsync(LicensingHarness h)
    {
        await using var db = h.Db();
        var pool = await db.Pools.SingleAsync();
        var seats = string.Join(';', (await db.Seats.ToListAsync()).OrderBy(s => s.UserId).Select(s => $"{s.UserId}:{s.Status}:{s.Via}"));
        return $"{pool.Allocated}/{pool.Pending}/{pool.Exhausted}|{seats}|{await db.Memberships.CountAsync()}|" +
               $"{await db.Set<OutboxMessage>().CountAsync()}|{await db.Set<ProcessedMessage>().CountAsync()}";
    }
}
