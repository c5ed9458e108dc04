using CatoScim.Directory.Groups;
using CatoScim.Directory.Users;
using CatoScim.ModuleKit.Persistence;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CatoScim.Directory.Scim.Users;

/// <summary>The SQL of <see cref="ScimUserReads"/>, with table and column names from the EF model.</summary>
internal sealed record ScimUserStatements(
    RowReadPlan<User> Users,
    RowReadPlan<GroupMember> Members,
    string UserByNameInDirectory,
    string UserInDirectory,
    string UserByName,
    string GroupsOfUser)
{
    public static ScimUserStatements Build(IModel model, ISqlGenerationHelper sql)
    {
        var u = RowReader.For<User>(model, sql);
        var m = RowReader.For<GroupMember>(model, sql);
        var g = RowReader.For<Group>(model, sql);
        var select = $"SELECT {u.Columns} FROM {u.Table} WHERE ";
        return new ScimUserStatements(
            u,
            m,
            // The same predicates as ScimUserQueries, so SQLite picks the same unique (AccountId, UserNameNormalized) index.
            select + $"{u.Column(nameof(User.AccountId))} = @a AND {u.Column(nameof(User.UserNameNormalized))} = @n AND {u.Column(nameof(User.DirectoryId))} = @d LIMIT 2",
            select + $"{u.Column(nameof(User.Id))} = @i AND {u.Column(nameof(User.AccountId))} = @a AND {u.Column(nameof(User.DirectoryId))} = @d LIMIT 2",
            select + $"{u.Column(nameof(User.AccountId))} = @a AND {u.Column(nameof(User.UserNameNormalized))} = @n LIMIT 2",
            $"SELECT g.{g.Column(nameof(Group.Id))}, g.{g.Column(nameof(Group.DisplayName))} FROM {m.Table} AS m "
            + $"INNER JOIN {g.Table} AS g ON g.{g.Column(nameof(Group.Id))} = m.{m.Column(nameof(GroupMember.GroupId))} "
            + $"WHERE m.{m.Column(nameof(GroupMember.UserId))} = @u");
    }
}
