using CatoScim.Directory.Contracts;
using CatoScim.Licensing.Copies;
using CatoScim.Licensing.Persistence;
using CatoScim.Licensing.Pool;
using CatoScim.Licensing.Rules;
using CatoScim.Licensing.Seats;
using CatoScim.ModuleKit.Audit;
using CatoScim.ModuleKit.Persistence;
using CatoScim.ModuleKit.Seeding;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Licensing.Seeding;

/// <summary>
/// Licensing's part of `seed-demo`, run first: its copies of the users, groups and memberships, the USER and GROUP rules,
/// and the seats those rules give in allocation order until the seats bought run out (the rest wait as PENDING). The
/// statuses go back into the dataset for Directory's copy; no notification is published.
/// </summary>
internal sealed class DemoLicensingSeeder(LicensingDbContext db, TimeProvider time) : IDemoSeeder
{
    public string Module => LicensingDbContext.Schema;

    public int Order => 10;

    public Task<string?> RefusalAsync(Guid accountId, CancellationToken ct) => Task.FromResult<string?>(null);

    public async Task<IReadOnlyDictionary<string, int>> SeedAsync(DemoDataset data, CancellationToken ct)
    {
        var written = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var cache = await BulkInserter.LargeCacheAsync(db, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var pool = await LockPoolAsync(data.AccountId, ct);
        var allScimUsers = await db.Rules.AnyAsync(r => r.AccountId == data.AccountId && r.Kind == LicenseRuleKind.AllScimUsers, ct);
        var seats = DemoSeatPlan.Allocate(data, pool.ReleaseOnDisable, allScimUsers);
        var assigned = seats.Count(s => s.Status == SeatStatus.Assigned);
        pool.Total += data.Licenses.PoolTotal;
        pool.Allocated += assigned;
        pool.Pending += seats.Count - assigned;
        pool.Exhausted = pool.Pending > 0;
        pool.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);

        written["Users"] = await BulkInserter.InsertAsync(db, data.Users.Select(u => new LicensedUser
        {
            UserId = u.Id,
            AccountId = data.AccountId,
            UserName = u.UserName,
            Origin = u.DirectoryId is null ? Origins.Manual : Origins.Scim,
            Active = u.Active,
            UpdatedAt = u.UpdatedAt,
        }), ct);
        written["Groups"] = await BulkInserter.InsertAsync(db, data.Groups.Select(g => new LicensedGroup
        {
            GroupId = g.Id,
            AccountId = data.AccountId,
            DisplayName = g.Name,
        }), ct);
        written["GroupMemberships"] = await BulkInserter.InsertAsync(db, data.Groups.SelectMany(g => g.MemberIds.Select(id => new GroupMembershipCopy
        {
            GroupId = g.Id,
            UserId = id,
            AccountId = data.AccountId,
        })), ct);
        written["Rules"] = await BulkInserter.InsertAsync(db, Rules(data), ct);
        written["Seats"] = await BulkInserter.InsertAsync(db, seats, ct);
        await transaction.CommitAsync(ct);

        foreach (var seat in seats)
        {
            data.LicenseStatuses[seat.UserId] = UserLicense.StatusOf(seat.Status);
        }

        data.LicenseStatusVersion = pool.Version;
        return written;
    }

    /// <summary>As a seat change does: the Version bump takes the write lock, so the counters read next stay exact.</summary>
    private async Task<LicensePool> LockPoolAsync(Guid accountId, CancellationToken ct)
    {
        var bumped = await db.Pools.Where(p => p.AccountId == accountId)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Version, p => p.Version + 1), ct);
        if (bumped == 0)
        {
            // The AccountCreated notification has not reached Licensing yet (no server ran since the account was made).
            var now = time.GetUtcNow().UtcDateTime;
            db.Pools.Add(new LicensePool { AccountId = accountId, CreatedAt = now, UpdatedAt = now, Version = 1 });
            await db.SaveChangesAsync(ct);
        }

        return await db.Pools.SingleAsync(p => p.AccountId == accountId, ct);
    }

    private static IEnumerable<LicenseRule> Rules(DemoDataset data)
    {
        var at = data.Licenses.RulesCreatedAt;
        foreach (var userId in data.Licenses.RuleUserIds)
        {
            yield return Rule(data.AccountId, LicenseRuleKind.User, userId, at, userId: userId);
        }

        foreach (var groupId in data.Licenses.RuleGroupIds)
        {
            yield return Rule(data.AccountId, LicenseRuleKind.Group, groupId, at, groupId: groupId);
        }
    }

    private static LicenseRule Rule(Guid accountId, LicenseRuleKind kind, Guid subject, DateTime at, Guid? userId = null, Guid? groupId = null) => new()
    {
        Id = Guid.CreateVersion7(new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc))),
        AccountId = accountId,
        Kind = kind,
        UserId = userId,
        GroupId = groupId,
        Subject = subject,
        CreatedAt = at,
        CreatedBy = Actors.Cli,
        UpdatedAt = at,
        UpdatedBy = Actors.Cli,
    };
}
