using System.Diagnostics;
using CatoScim.Host.Tests.Infrastructure;
using CatoScim.Licensing.Persistence;
using CatoScim.ModuleKit.Threading;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Host.Tests.Outbox;

public sealed class DeferWhileBusyTests
{
    [Fact]
    public async Task A_scim_request_marks_the_foreground_busy()
    {
        await using var factory = new CatoScimFactory();
        var foreground = factory.Services.GetRequiredService<ForegroundActivity>();
        var scim = await factory.CreateScimClientAsync();
        Assert.False(foreground.StartedWithin(TimeSpan.FromMinutes(1)));

        Assert.Equal(System.Net.HttpStatusCode.OK, (await scim.GetAsync("/Users?count=1")).Status);

        Assert.True(foreground.StartedWithin(TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public async Task While_requests_keep_arriving_a_delivery_waits_for_the_bound_and_then_goes_out()
    {
        await using var factory = new CatoScimFactory(settings: new() { ["Outbox:DeferWhileBusy"] = "00:00:02" });
        await Eventually.AssertAsync(() => DirectoryOutbox.PendingAsync(factory), p => p == 0, "the first start's messages delivered");
        var foreground = factory.Services.GetRequiredService<ForegroundActivity>();
        using var stop = new CancellationTokenSource();
        var idp = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                foreground.RequestStarted();
                await Task.Delay(5);
            }
        });

        var started = Stopwatch.GetTimestamp();
        var (accountId, _) = await factory.CreateAccountAsync("busy");
        await Eventually.AssertAsync(() => PoolsAsync(factory, accountId), n => n == 1, "the account's licence pool");
        var waited = Stopwatch.GetElapsedTime(started);
        await stop.CancelAsync();
        await idp;

        Assert.True(waited >= TimeSpan.FromSeconds(2), $"delivered after {waited.TotalMilliseconds:F0} ms, inside the deferral");
    }

    [Fact]
    public async Task Without_requests_a_delivery_is_not_held_back()
    {
        // A bound longer than Eventually's wait: had the dispatcher deferred regardless of requests, this would time out.
        await using var factory = new CatoScimFactory(settings: new() { ["Outbox:DeferWhileBusy"] = "00:01:00" });
        await Eventually.AssertAsync(() => DirectoryOutbox.PendingAsync(factory), p => p == 0, "the first start's messages delivered");

        var (accountId, _) = await factory.CreateAccountAsync("quiet");

        await Eventually.AssertAsync(() => PoolsAsync(factory, accountId), n => n == 1, "the account's licence pool");
    }

    private static async Task<int> PoolsAsync(CatoScimFactory factory, Guid accountId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LicensingDbContext>().Pools.CountAsync(p => p.AccountId == accountId);
    }
}
