using CatoScim.Events.Accounts;
using CatoScim.Events.Directories;
using CatoScim.Events.Persistence;
using CatoScim.Events.Timeline;
using CatoScim.ModuleKit.Persistence;
using CatoScim.ModuleKit.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CatoScim.Events.Seeding;

/// <summary>
/// Events' part of `seed-demo`, run last: its copies of the account and directories, the provisioning history (oldest
/// first, in transactions of <see cref="RowsPerTransaction"/> rows), the digests that count it as reported, and an
/// audit trail.
/// </summary>
internal sealed class DemoEventsSeeder(EventsDbContext db, IOptions<EventsOptions> options) : IDemoSeeder
{
    private const int RowsPerTransaction = 100_000;

    public string Module => EventsDbContext.Schema;

    public int Order => 30;

    public Task<string?> RefusalAsync(Guid accountId, CancellationToken ct) => Task.FromResult<string?>(null);

    public async Task<IReadOnlyDictionary<string, int>> SeedAsync(DemoDataset data, CancellationToken ct)
    {
        var random = new Random(data.RandomSeed);
        var written = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var cache = await BulkInserter.LargeCacheAsync(db, ct);
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            if (!await db.Accounts.AnyAsync(a => a.AccountId == data.AccountId, ct))
            {
                // AccountCreated has not reached Events yet; any notification is newer than this copy and replaces it.
                written["Accounts"] = await BulkInserter.InsertAsync(db, [new AccountCopy { AccountId = data.AccountId, Name = data.AccountName, AsOf = DateTime.UnixEpoch }], ct);
            }

            written["Directories"] = await BulkInserter.InsertAsync(db, data.Directories.Select(d => new DirectoryCopy
            {
                DirectoryId = d.Id,
                AccountId = data.AccountId,
                Name = d.Name,
                Provider = d.Provider,
                AsOf = d.CreatedAt,
            }), ct);
            written["AuditRecords"] = await BulkInserter.InsertAsync(db, DemoAuditRecords.Generate(data, random), ct);
            await transaction.CommitAsync(ct);
        }

        var plans = DemoEventPlanner.Plan(data, random);
        var mapper = new DemoEventMapper(data);
        var existing = await db.Digests.Where(d => d.AccountId == data.AccountId).ToDictionaryAsync(d => d.WindowStart, d => d.Id, ct);
        var digests = new DemoDigests(data.AccountId, TimeSpan.FromMinutes(Math.Max(1, options.Value.Digest.IntervalMinutes)), data.Now, existing);
        var events = 0;
        foreach (var chunk in plans.Chunk(RowsPerTransaction))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var rows = chunk.Select(p => digests.Claim(mapper.Map(p))).ToList();
            events += await BulkInserter.InsertAsync(db, rows, ct);
            // The events screen's totals and chart read the hourly counters, which every event insert keeps.
            await HourlyCounter.ApplyAsync(db, rows.Select(e => HourlyDelta.Of(e, 1)), ct);
            await transaction.CommitAsync(ct);
        }

        written["ProvisioningEvents"] = events;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            written["Digests"] = await BulkInserter.InsertAsync(db, digests.Records, ct);
            await transaction.CommitAsync(ct);
        }

        return written;
    }
}
