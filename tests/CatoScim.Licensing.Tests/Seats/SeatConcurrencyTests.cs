using CatoScim.Licensing.Rules;
using CatoScim.Licensing.Seats;

namespace CatoScim.Licensing.Tests.Seats;

public sealed class SeatConcurrencyTests
{
    [Fact]
    public async Task A_hundred_parallel_deliveries_competing_for_the_last_ten_seats_never_over_allocate()
    {
        var h = await LicensingHarness.CreateAsync();
        await h.SetTotalAsync(50);
        await h.CreateRuleAsync(LicenseRuleKind.AllScimUsers);
        for (var i = 0; i < 40; i++)
        {
            await h.ProvisionAsync(Guid.CreateVersion7());
        }

        var racers = Enumerable.Range(0, 100).Select(_ => Guid.CreateVersion7()).ToList();
        await Task.WhenAll(racers.Select(id => Task.Run(() => h.ProvisionAsync(id))));

        var assigned = await h.SeatsAsync(SeatStatus.Assigned);
        var pending = await h.SeatsAsync(SeatStatus.Pending);
        Assert.Equal(50, assigned.Count);
        Assert.Equal(10, assigned.Count(s => racers.Contains(s.UserId)));
        Assert.Equal(90, pending.Count);
        var pool = await h.PoolAsync();
        Assert.Equal((50, 90, 0), (pool.Allocated, pool.Pending, pool.Available));
        Assert.Equal(50, await h.OutboxCountAsync("LicenseAssigned"));
        Assert.Equal(1, await h.OutboxCountAsync("LicensePoolExhausted"));
    }
}
