using CatoScim.Directory.Persistence;
using CatoScim.Host.Tests.Infrastructure;
using CatoScim.Licensing.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CatoScim.Host.Tests.Persistence;

/// <summary>
/// Upgrading fills the new CreatedBy/UpdatedBy/UpdatedAt columns with what the stored rows prove, and `unknown` where they
/// prove nothing: never an author nobody recorded.
/// </summary>
public sealed class AuditBackfillMigrationTests
{
    private const string DirectoryBefore = "20261129080719_ScimTokenName";
    private const string LicensingBefore = "20261129074358_LicenseRuleOrphaned";
    private static readonly DateTime Created = new(2026, 1, 5, 10, 0, 0);
    private static readonly DateTime Later = new(2026, 1, 6, 9, 30, 0);
    private static readonly DateTime Rotated = new DateTime(2026, 1, 7, 8, 0, 0).AddTicks(1_234_567);

    [Fact]
    public async Task Directory_rows_name_their_directory_only_where_the_row_proves_it_and_keys_and_tokens_their_revocation_or_rotation()
    {
        var options = ModuleDatabaseFile.New<DirectorySqliteDbContext>(DirectoryDbContext.Schema);
        var (account, dir) = (Guid.NewGuid(), Guid.NewGuid());
        var (fresh, changed, manual) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var (pushed, pushedLater, unlinked) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var (key, revokedKey, token, revokedToken) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var (rotated, successor, expiring) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await using (var old = new DirectorySqliteDbContext(options))
        {
            await old.GetService<IMigrator>().MigrateAsync(DirectoryBefore);
            foreach (var (id, updated) in new[] { (fresh, Created), (changed, Later), (manual, Created) })
            {
                await old.Database.ExecuteSqlInterpolatedAsync($"""
                    INSERT INTO "Directory_Users" ("Id", "AccountId", "DirectoryId", "Origin", "UserName", "UserNameNormalized", "Active", "CreatedAt", "UpdatedAt", "Version")
                    VALUES ({id}, {account}, {dir}, 'Scim', {id.ToString()}, {id.ToString()}, 1, {Created}, {updated}, 1)
                    """);
            }

            foreach (var (id, updated) in new[] { (pushed, Created), (pushedLater, Later), (unlinked, Created) })
            {
                await old.Database.ExecuteSqlInterpolatedAsync($"""
                    INSERT INTO "Directory_Groups" ("Id", "AccountId", "DirectoryId", "Origin", "DisplayName", "DisplayNameNormalized", "CreatedAt", "UpdatedAt", "Version", "MemberCount")
                    VALUES ({id}, {account}, {dir}, 'Scim', {id.ToString()}, {id.ToString()}, {Created}, {updated}, 1, 0)
                    """);
            }

            foreach (var (keyId, tokenId) in new[] { (key, token), (revokedKey, revokedToken) })
            {
                await old.Database.ExecuteSqlInterpolatedAsync($"""
                    INSERT INTO "Directory_ApiKeys" ("Id", "AccountId", "Name", "Prefix", "SecretHash", "Role", "CreatedAt", "CreatedBy")
                    VALUES ({keyId}, {account}, 'k', 'csk_', {keyId.ToByteArray()}, 'Editor', {Created}, 'cli')
                    """);
                await old.Database.ExecuteSqlInterpolatedAsync($"""
                    INSERT INTO "Directory_ScimTokens" ("Id", "AccountId", "DirectoryId", "Prefix", "SecretHash", "CreatedAt", "CreatedBy")
                    VALUES ({tokenId}, {account}, {dir}, 'cst_', {tokenId.ToByteArray()}, {Created}, 'apikey:csk_1')
                    """);
            }

            // A rotation with a 30-minute grace: the old token expires exactly then, its successor was issued at the rotation.
            // Another token expiring a tick off whole minutes after it was not rotated.
            foreach (var (id, created, by, expires) in new[]
            {
                (rotated, Created, "apikey:csk_1", Rotated.AddMinutes(30)), (successor, Rotated, "apikey:csk_2", Later.AddDays(90)),
                (expiring, Created, "apikey:csk_1", Rotated.AddMinutes(30).AddTicks(1)),
            })
            {
                await old.Database.ExecuteSqlInterpolatedAsync($"""
                    INSERT INTO "Directory_ScimTokens" ("Id", "AccountId", "DirectoryId", "Prefix", "SecretHash", "CreatedAt", "CreatedBy", "ExpiresAt")
                    VALUES ({id}, {account}, {dir}, 'cst_', {id.ToByteArray()}, {created}, {by}, {expires})
                    """);
            }

            await old.Database.ExecuteSqlInterpolatedAsync($"""UPDATE "Directory_Users" SET "DirectoryId" = NULL WHERE "Id" = {manual}""");
            await old.Database.ExecuteSqlInterpolatedAsync($"""UPDATE "Directory_Groups" SET "DirectoryId" = NULL WHERE "Id" = {unlinked}""");
            await old.Database.ExecuteSqlInterpolatedAsync($"""UPDATE "Directory_ApiKeys" SET "RevokedAt" = {Later} WHERE "Id" = {revokedKey}""");
            await old.Database.ExecuteSqlInterpolatedAsync($"""UPDATE "Directory_ScimTokens" SET "RevokedAt" = {Later} WHERE "Id" = {revokedToken}""");
        }

        await using var db = new DirectorySqliteDbContext(options);
        await db.Database.MigrateAsync();

        var idp = $"scim:{dir:D}";
        var users = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.Id, u => (u.CreatedBy, u.UpdatedBy));
        Assert.Equal((idp, idp), users[fresh]);
        // A SCIM take-over keeps CreatedAt, so a linked user changed since may have been made by an admin or another IdP.
        Assert.Equal(("unknown", idp), users[changed]);
        Assert.Equal(("unknown", "unknown"), users[manual]);
        var groups = await db.Groups.AsNoTracking().ToDictionaryAsync(g => g.Id, g => (g.CreatedBy, g.UpdatedBy));
        Assert.Equal((idp, idp), groups[pushed]);
        // An admin deleting a member touches a SCIM group too: only a group never changed is proven the IdP's.
        Assert.Equal(("unknown", "unknown"), groups[pushedLater]);
        Assert.Equal(("unknown", "unknown"), groups[unlinked]);
        var keys = await db.ApiKeys.AsNoTracking().ToDictionaryAsync(k => k.Id, k => (k.UpdatedAt, k.UpdatedBy));
        Assert.Equal((Created, "cli"), keys[key]);
        Assert.Equal((Later, "unknown"), keys[revokedKey]);
        var tokens = await db.ScimTokens.AsNoTracking().ToDictionaryAsync(t => t.Id, t => (t.UpdatedAt, t.UpdatedBy));
        Assert.Equal((Created, "apikey:csk_1"), tokens[token]);
        Assert.Equal((Later, "unknown"), tokens[revokedToken]);
        Assert.Equal((Rotated, "apikey:csk_2"), tokens[rotated]);
        Assert.Equal((Rotated, "apikey:csk_2"), tokens[successor]);
        Assert.Equal((Created, "apikey:csk_1"), tokens[expiring]);
    }

    [Fact]
    public async Task Licence_rules_get_an_unknown_author_and_an_orphaned_rule_its_orphaning_by_system()
    {
        var options = ModuleDatabaseFile.New<LicensingSqliteDbContext>(LicensingDbContext.Schema);
        var (account, rule, orphaned) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await using (var old = new LicensingSqliteDbContext(options))
        {
            await old.GetService<IMigrator>().MigrateAsync(LicensingBefore);
            foreach (var id in new[] { rule, orphaned })
            {
                await old.Database.ExecuteSqlInterpolatedAsync($"""
                    INSERT INTO "Licensing_Rules" ("Id", "AccountId", "Kind", "GroupId", "Subject", "CreatedAt")
                    VALUES ({id}, {account}, 1, {id}, {id}, {Created})
                    """);
            }

            await old.Database.ExecuteSqlInterpolatedAsync($"""UPDATE "Licensing_Rules" SET "OrphanedAt" = {Later} WHERE "Id" = {orphaned}""");
        }

        await using var db = new LicensingSqliteDbContext(options);
        await db.Database.MigrateAsync();

        var rules = await db.Rules.AsNoTracking().ToDictionaryAsync(r => r.Id, r => (r.CreatedBy, r.UpdatedAt, r.UpdatedBy));
        Assert.Equal(("unknown", Created, "unknown"), rules[rule]);
        Assert.Equal(("unknown", Later, "system"), rules[orphaned]);
    }
}
