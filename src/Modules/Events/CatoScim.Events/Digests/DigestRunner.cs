using CatoScim.Events.Accounts;
using CatoScim.Events.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CatoScim.Events.Digests;

/// <summary>
/// One run of the digest job: retries failed digests, then, per account, each closed window with activity since
/// the last digested one (never before the retention horizon), one email per window.
/// </summary>
internal sealed class DigestRunner(
    EventsDbContext db, DigestSender sender, IOptions<EventsOptions> options, TimeProvider time, ILogger<DigestRunner> logger)
{
    public async Task RunAsync(CancellationToken ct)
    {
        var settings = options.Value;
        var interval = TimeSpan.FromMinutes(Math.Max(1, settings.Digest.IntervalMinutes));
        var now = time.GetUtcNow().UtcDateTime;
        var closedUntil = DigestWindows.ClosedUntil(now, interval, TimeSpan.FromMinutes(Math.Max(0, settings.Digest.GraceMinutes)));
        var horizon = DigestWindows.Floor(now.AddDays(-settings.RetentionDays), interval);
        var failures = await RetryAsync(settings.Digest, now, horizon, ct);

        var accounts = await db.Accounts.AsNoTracking().OrderBy(a => a.AccountId).ToListAsync(ct);
        foreach (var account in accounts)
        {
            failures += await RunAccountAsync(account, interval, horizon, closedUntil, ct);
        }

        if (failures > 0)
        {
            // Thrown after every failure is recorded, so Hangfire's automatic retry (with back-off) resends only those.
            throw new InvalidOperationException($"{failures} digest email(s) could not be sent; see the digests list for the errors.");
        }
    }

    private async Task<int> RunAccountAsync(AccountCopy account, TimeSpan interval, DateTime horizon, DateTime closedUntil, CancellationToken ct)
    {
        var last = await db.Digests.Where(d => d.AccountId == account.AccountId)
            .OrderByDescending(d => d.WindowStart).Select(d => (DateTime?)d.WindowStart).FirstOrDefaultAsync(ct);
        var cursor = last is { } l ? l + interval : horizon;
        if (cursor < horizon)
        {
            cursor = horizon;
        }

        var failures = 0;
        while (cursor < closedUntil)
        {
            // Jump straight to the next window with activity: quiet windows send nothing and need no row. An event no
            // digest took that lies before the cursor arrived after its window was sent: it goes into the next window.
            var next = await db.ProvisioningEvents
                .Where(e => e.AccountId == account.AccountId && e.DigestId == null && e.Time >= horizon && e.Time < closedUntil)
                .OrderBy(e => e.Time).Select(e => (DateTime?)e.Time).FirstOrDefaultAsync(ct);
            if (next is not { } nextTime)
            {
                break;
            }

            var start = nextTime < cursor ? cursor : DigestWindows.Floor(nextTime, interval);
            if (!await sender.ClaimAndSendAsync(account, start, start + interval, horizon, ct))
            {
                failures++;
            }

            db.ChangeTracker.Clear();
            cursor = start + interval;
        }

        return failures;
    }

    private async Task<int> RetryAsync(DigestOptions digest, DateTime now, DateTime horizon, CancellationToken ct)
    {
        var stale = now.AddMinutes(-Math.Max(1, digest.StaleClaimMinutes));
        var candidates = await db.Digests.AsNoTracking()
            .Where(d => d.WindowStart >= horizon && d.Attempts < digest.MaxAttempts
                && (d.Status == DigestStatus.Failed || (d.Status == DigestStatus.Pending && d.ClaimedAt < stale)))
            .OrderBy(d => d.WindowStart).ToListAsync(ct);
        var failures = 0;
        foreach (var candidate in candidates)
        {
            // Conditional update as the claim: of two concurrent retries exactly one sees a changed row.
            var claimed = await db.Digests.Where(d => d.Id == candidate.Id && d.Attempts == candidate.Attempts && d.Status == candidate.Status)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, DigestStatus.Pending).SetProperty(d => d.ClaimedAt, now), ct);
            if (claimed != 1)
            {
                continue;
            }

            var record = await db.Digests.SingleAsync(d => d.Id == candidate.Id, ct);
            var account = await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.AccountId == record.AccountId, ct)
                ?? new AccountCopy { AccountId = record.AccountId };
            logger.LogInformation("Retrying digest {Account} {Window:o} (attempt {Attempt})", record.AccountId, record.WindowStart, record.Attempts + 1);
            if (!await sender.ResendAsync(record, account, ct))
            {
                failures++;
            }

            db.ChangeTracker.Clear();
        }

        return failures;
    }
}
