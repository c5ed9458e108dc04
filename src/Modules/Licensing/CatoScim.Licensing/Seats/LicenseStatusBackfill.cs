using CatoScim.Licensing.Contracts.Seats;
using CatoScim.Licensing.Persistence;
using CatoScim.ModuleKit.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CatoScim.Licensing.Seats;

/// <summary>
/// Pools from before UserLicenseStatusChanged existed have seats no consumer ever heard of, so Directory's licence
/// filter would call those users NONE. Once per such pool, at start, every seat's status is published in one seat
/// change (the pool's lock and version, like any other), and the pool is marked so it never happens again.
/// </summary>
internal sealed partial class LicenseStatusBackfill(IServiceScopeFactory scopes, TimeProvider time, ILogger<LicenseStatusBackfill> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var accounts = await scope.ServiceProvider.GetRequiredService<LicensingDbContext>().Pools
                .Where(p => p.StatusesPublishedAt == null).Select(p => p.AccountId).ToListAsync(stoppingToken);
            foreach (var account in accounts)
            {
                await PublishAsync(account, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task PublishAsync(Guid accountId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LicensingDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        var published = 0;
        await scope.ServiceProvider.GetRequiredService<SeatTransaction>().RunAsync(accountId, now, async pool =>
        {
            if (pool.StatusesPublishedAt is not null)
            {
                return false;
            }

            var seats = await db.Seats.AsNoTracking().Where(s => s.AccountId == accountId).Select(s => new { s.UserId, s.Status }).ToListAsync(ct);
            foreach (var seat in seats)
            {
                db.Publish(new UserLicenseStatusChanged(accountId, seat.UserId, UserLicense.StatusOf(seat.Status), pool.Version, now), now);
            }

            pool.StatusesPublishedAt = now;
            published = seats.Count;
            return true;
        }, ct);
        LogPublished(logger, accountId, published);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Published the licence status of {Seats} seats of account {AccountId} for consumers that keep a copy")]
    private static partial void LogPublished(ILogger logger, Guid accountId, int seats);
}
