using CatoScim.Directory.Groups;
using CatoScim.Directory.Licenses;
using CatoScim.Directory.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Directory.Users;

/// <summary>
/// What the admin list reads, scoped to one account: its users, their group memberships and licence copies, and on
/// SQLite the trigram search index (SQL Server has none).
/// </summary>
internal sealed record UserListTables(IQueryable<User> Users, IQueryable<GroupMember> Members, IQueryable<UserLicenseCopy> Licenses, UserSearchIndex? SearchIndex)
{
    public static UserListTables Of(DirectoryDbContext db, Guid accountId) => new(
        db.Users.AsNoTracking().Where(u => u.AccountId == accountId),
        db.GroupMembers.AsNoTracking().Where(m => m.AccountId == accountId),
        db.UserLicenses.AsNoTracking().Where(l => l.AccountId == accountId),
        db.Database.IsSqlite() ? new UserSearchIndex(db) : null);
}
