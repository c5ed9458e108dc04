using CatoScim.Directory.Persistence;
using CatoScim.Host.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CatoScim.Host.Tests.Persistence;

/// <summary>Upgrading indexes the users that are already there, and the triggers it creates queue every later change.</summary>
public sealed class UserSearchMigrationTests
{
    private const string Before = "20261129104719_UserAdminListIndex";

    [Fact]
    public async Task Existing_users_are_indexed_and_later_writes_are_queued()
    {
        var options = ModuleDatabaseFile.New<DirectorySqliteDbContext>(DirectoryDbContext.Schema);
        var (account, ada, alan) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await using var db = new DirectorySqliteDbContext(options);
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(Before);
        await InsertAsync(db, account, ada, "ADA@ACME.COM", "Lovelace");

        await migrator.MigrateAsync();
        Assert.Equal([ada], await MatchAsync(db, "LOVEL"));
        Assert.Empty(await QueuedAsync(db));

        await InsertAsync(db, account, alan, "ALAN@ACME.COM", "Turing");
        Assert.Equal([alan], await QueuedAsync(db));
        await db.Database.ExecuteSqlRawAsync("""DELETE FROM "Directory_UserSearchQueue" """);

        await db.Database.ExecuteSqlInterpolatedAsync($"""UPDATE "Directory_Users" SET "Active" = 0 WHERE "Id" = {ada}""");
        Assert.Empty(await QueuedAsync(db));
        await db.Database.ExecuteSqlInterpolatedAsync($"""UPDATE "Directory_Users" SET "FamilyName" = 'Byron' WHERE "Id" = {ada}""");
        await db.Database.ExecuteSqlInterpolatedAsync($"""DELETE FROM "Directory_Users" WHERE "Id" = {alan}""");
        Assert.Equal(new[] { ada, alan }.Order(), (await QueuedAsync(db)).Order());
    }

    private static Task<List<Guid>> QueuedAsync(DirectorySqliteDbContext db) =>
        db.Database.SqlQuery<Guid>($"""SELECT "UserId" AS "Value" FROM "Directory_UserSearchQueue" """).ToListAsync();

    private static Task InsertAsync(DirectorySqliteDbContext db, Guid account, Guid id, string userName, string familyName) =>
        db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO "Directory_Users" ("Id", "AccountId", "Origin", "UserName", "UserNameNormalized", "FamilyName", "Active", "CreatedAt", "UpdatedAt", "Version")
            VALUES ({id}, {account}, 'Manual', {userName}, {userName}, {familyName}, 1, {DateTime.UnixEpoch}, {DateTime.UnixEpoch}, 1)
            """);

    private static Task<List<Guid>> MatchAsync(DirectorySqliteDbContext db, string term) => db.Database.SqlQuery<Guid>($"""
        SELECT "UserId" AS "Value" FROM "Directory_UserSearch" WHERE "Directory_UserSearch" MATCH {'"' + term + '"'}
        """).ToListAsync();
}
