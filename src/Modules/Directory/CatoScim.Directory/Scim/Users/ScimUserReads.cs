using CatoScim.Directory.Groups;
using CatoScim.Directory.Persistence;
using CatoScim.Directory.Users;
using CatoScim.ModuleKit.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace CatoScim.Directory.Scim.Users;

/// <summary>
/// The reads an IdP repeats for every user (Okta's `userName eq` before each assignment, GET by id, the create's
/// uniqueness check) on compiled statements kept per connection (<see cref="SqlitePreparedPool{TContext}"/>), read
/// straight into an untracked <see cref="User"/>. Without the pool (SQL Server) the EF compiled queries run instead.
/// </summary>
internal sealed class ScimUserReads(SqlitePreparedPool<DirectoryDbContext>? pool = null)
{
    private ScimUserStatements? _statements;

    public async Task<User?> ByUserNameInDirectoryAsync(DirectoryDbContext db, Guid accountId, Guid directoryId, string normalized, CancellationToken ct) =>
        pool is null
            ? await ScimUserQueries.ByUserNameInDirectory(db, accountId, directoryId, normalized, ct)
            : ReadUser(db, s => s.UserByNameInDirectory,
                ("@a", nameof(User.AccountId), accountId), ("@n", nameof(User.UserNameNormalized), normalized), ("@d", nameof(User.DirectoryId), directoryId));

    public async Task<User?> InDirectoryAsync(DirectoryDbContext db, Guid id, Guid accountId, Guid directoryId, CancellationToken ct) =>
        pool is null
            ? await ScimUserQueries.InDirectoryReadOnly(db, id, accountId, directoryId, ct)
            : ReadUser(db, s => s.UserInDirectory,
                ("@i", nameof(User.Id), id), ("@a", nameof(User.AccountId), accountId), ("@d", nameof(User.DirectoryId), directoryId));

    /// <summary>Whether the account has a user of this userName; untracked, so a caller that changes it reloads it.</summary>
    public async Task<bool> UserNameTakenAsync(DirectoryDbContext db, Guid accountId, string normalized, CancellationToken ct) =>
        (pool is null
            ? await ScimUserQueries.ByUserName(db, accountId, normalized, ct)
            : ReadUser(db, s => s.UserByName, ("@a", nameof(User.AccountId), accountId), ("@n", nameof(User.UserNameNormalized), normalized))) is not null;

    public async Task<List<ScimUserGroup>> GroupsOfAsync(DirectoryDbContext db, Guid userId, CancellationToken ct)
    {
        if (pool is null)
        {
            return await ScimUserGroups.OfOneUserAsync(db, userId, ct);
        }

        var s = Statements(db);
        var session = pool.Rent();
        try
        {
            var command = session.Command(s.GroupsOfUser);
            s.Members.Bind(command, "@u", nameof(GroupMember.UserId), userId);
            var groups = new List<ScimUserGroup>();
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    groups.Add(new ScimUserGroup(userId, reader.GetFieldValue<Guid>(0), reader.GetString(1)));
                }
            }

            session.Executed(groups.Count);

            pool.Return(session);
            return groups;
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    private User? ReadUser(DirectoryDbContext db, Func<ScimUserStatements, string> sql, params (string Name, string Property, object Value)[] parameters)
    {
        var s = Statements(db);
        var session = pool!.Rent();
        try
        {
            var command = session.Command(sql(s));
            foreach (var (name, property, value) in parameters)
            {
                s.Users.Bind(command, name, property, value);
            }

            User? user = null;
            using (var reader = command.ExecuteReader())
            {
                if (reader.Read())
                {
                    user = s.Users.Read(reader);
                }
            }

            session.Executed(user is null ? 0 : 1);
            pool.Return(session);
            return user;
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    private ScimUserStatements Statements(DirectoryDbContext db) =>
        _statements ??= ScimUserStatements.Build(db.Model, db.GetService<ISqlGenerationHelper>());
}
