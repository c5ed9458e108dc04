using CatoScim.Directory.Auditing;
using CatoScim.Directory.Groups;
using CatoScim.Directory.Licenses;
using CatoScim.Directory.Persistence;
using CatoScim.Directory.ScimDirectories;
using CatoScim.Directory.Users;
using CatoScim.ModuleKit.Audit;
using CatoScim.ModuleKit.Persistence;
using CatoScim.ModuleKit.Seeding;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Directory.Seeding;

/// <summary>
/// Directory's part of `seed-demo`: the directories, users, groups with their members and kept member counts, and
/// Directory's copy of each user's licence status as Licensing decided it (it runs after Licensing). No notification is
/// published: Licensing and Events seed their own copies from the same data.
/// </summary>
internal sealed class DemoDirectorySeeder(DirectoryDbContext db) : IDemoSeeder
{
    public string Module => DirectoryDbContext.Schema;

    public int Order => 20;

    public async Task<string?> RefusalAsync(Guid accountId, CancellationToken ct)
    {
        var users = await db.Users.CountAsync(u => u.AccountId == accountId, ct);
        return users == 0 ? null : $"the account already has {users} users";
    }

    public async Task<IReadOnlyDictionary<string, int>> SeedAsync(DemoDataset data, CancellationToken ct)
    {
        var written = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var cache = await BulkInserter.LargeCacheAsync(db, ct);
        var users = data.Users.ToDictionary(u => u.Id);
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            // The IdPs' requests would be refused with the switch off.
            await db.Accounts.Where(a => a.Id == data.AccountId).ExecuteUpdateAsync(s => s.SetProperty(a => a.ScimEnabled, true), ct);
            written["ScimDirectories"] = await BulkInserter.InsertAsync(db, data.Directories.Select(d => Directory(data.AccountId, d)), ct);
            written["Users"] = await BulkInserter.InsertAsync(db, data.Users.Select(u => User(data.AccountId, u)), ct);
            await transaction.CommitAsync(ct);
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            written["Groups"] = await BulkInserter.InsertAsync(db, data.Groups.Select(g => Group(data.AccountId, g)), ct);
            written["GroupMembers"] = await BulkInserter.InsertAsync(db, data.Groups.SelectMany(g => g.MemberIds.Select(id => new GroupMember
            {
                GroupId = g.Id,
                UserId = id,
                AccountId = data.AccountId,
                AddedAt = Later(g.CreatedAt, users[id].CreatedAt),
            })), ct);
            written["UserLicenses"] = await BulkInserter.InsertAsync(db, data.LicenseStatuses.Select(s => new UserLicenseCopy
            {
                UserId = s.Key,
                AccountId = data.AccountId,
                Status = s.Value,
                Version = data.LicenseStatusVersion,
                ChangedAt = data.Now,
            }), ct);
            await transaction.CommitAsync(ct);
        }

        return written;
    }

    private static ScimDirectory Directory(Guid accountId, DemoDirectory d) => new()
    {
        Id = d.Id,
        AccountId = accountId,
        Name = d.Name,
        Provider = Enum.TryParse<ScimProvider>(d.Provider, ignoreCase: true, out var provider) ? provider : ScimProvider.Custom,
        CreatedAt = d.CreatedAt,
        CreatedBy = Actors.Cli,
        UpdatedAt = d.CreatedAt,
        UpdatedBy = Actors.Cli,
    };

    private static User User(Guid accountId, DemoUser u)
    {
        var actor = u.DirectoryId is { } directory ? ScimActor.Of(directory) : Actors.Cli;
        var user = new User
        {
            Id = u.Id,
            AccountId = accountId,
            DirectoryId = u.DirectoryId,
            Origin = u.DirectoryId is null ? UserOrigin.Manual : UserOrigin.Scim,
            Active = u.Active,
            CreatedAt = u.CreatedAt,
            CreatedBy = actor,
            UpdatedAt = u.UpdatedAt,
            UpdatedBy = actor,
        };
        user.Apply(new UserFields
        {
            UserName = u.UserName,
            ExternalId = u.ExternalId,
            GivenName = u.GivenName,
            FamilyName = u.FamilyName,
            DisplayName = u.DisplayName,
            Email = u.Email,
            Title = u.Title,
            Department = u.Department,
            EmployeeNumber = u.EmployeeNumber,
        });
        return user;
    }

    private static Group Group(Guid accountId, DemoGroup g)
    {
        var actor = g.DirectoryId is { } directory ? ScimActor.Of(directory) : Actors.Cli;
        var group = new Group
        {
            Id = g.Id,
            AccountId = accountId,
            DirectoryId = g.DirectoryId,
            Origin = g.DirectoryId is null ? GroupOrigin.Manual : GroupOrigin.Scim,
            ExternalId = g.ExternalId,
            CreatedAt = g.CreatedAt,
            CreatedBy = actor,
            UpdatedAt = g.CreatedAt,
            UpdatedBy = actor,
            MemberCount = g.MemberIds.Count,
        };
        group.Rename(g.Name);
        return group;
    }

    private static DateTime Later(DateTime a, DateTime b) => a > b ? a : b;
}
