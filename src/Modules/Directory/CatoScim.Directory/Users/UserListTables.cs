using CatoScim.Directory.Groups;
using CatoScim.Directory.Licenses;
using CatoScim.Directory.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Directory.Users;

/// <summary>
/// What the admin list reads, scoped to one account: its users (on SQLite, only a search's few candidates when the
/// trigram index names them), their group memberships and licence copies.
/// </summary>
internal sealed record UserListTables(IQueryable<User> Users, IQueryable<GroupMember> Members, IQueryable<UserLicenseCopy> Licenses, bool IsSqlite)
{
    public static async Task<UserListTables> OfAsync(DirectoryDbContext db, Guid accountId, UserFilter? filter, CancellationToken ct)
    {
        var isSqlite = db.Database.IsSqlite();
        var users = db.Users.AsNoTracking().Where(u => u.AccountId == accountId);
        if (isSqlite && UserSearch.Term(filter?.Search) is { } term
            && await new UserSearchIndex(db).CandidatesAsync(accountId, term, ct) is { } candidates)
        {
            users = candidates;
        }

        return new(users,
            db.GroupMembers.AsNoTracking().Where(m => m.AccountId == accountId),
            db.UserLicenses.AsNoTracking().Where(l => l.AccountId == accountId),
            isSqlite);
    }
}
