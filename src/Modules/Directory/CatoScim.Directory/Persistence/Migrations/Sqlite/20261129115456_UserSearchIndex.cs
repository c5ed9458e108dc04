using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CatoScim.Directory.Persistence.Migrations.Sqlite
{
    /// <summary>
    /// The admin list's search index on SQLite: an FTS5 trigram table of the searched user columns. A substring cannot
    /// seek a B-tree, and scanning 100,000 users per search missed the console's 100 ms (issue 15). Writing the index in
    /// every user write's transaction cost a SCIM create about 0.25 ms (FTS5 writes a segment per transaction), so
    /// triggers only queue the changed user (Directory_UserSearchQueue, one small insert) in the writer's transaction;
    /// UserSearchIndexer indexes the queue in batches, and a search reads the queued users besides the index, so its
    /// results never lag. Directory_UserSearchRows maps a user to its FTS row: the users table has no INTEGER PRIMARY
    /// KEY, so its rowids may change on VACUUM or a table rebuild. A later migration that rebuilds Directory_Users drops
    /// these triggers with the old table and must create them again (UserSearchIndexTests fails otherwise). SQL Server
    /// keeps its scan of the list index: no migration there.
    /// </summary>
    public partial class UserSearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "Directory_UserSearch" USING fts5(
                    "UserId" UNINDEXED, "AccountId" UNINDEXED, "UserName", "Email", "GivenName", "FamilyName", "DisplayName",
                    tokenize = 'trigram');
                """);
            migrationBuilder.Sql("""
                CREATE TABLE "Directory_UserSearchRows" (
                    "UserId" TEXT NOT NULL CONSTRAINT "PK_Directory_UserSearchRows" PRIMARY KEY,
                    "SearchRowId" INTEGER NOT NULL) WITHOUT ROWID;
                """);
            migrationBuilder.Sql("""
                CREATE TABLE "Directory_UserSearchQueue" (
                    "UserId" TEXT NOT NULL CONSTRAINT "PK_Directory_UserSearchQueue" PRIMARY KEY) WITHOUT ROWID;
                """);
            migrationBuilder.Sql("""
                INSERT INTO "Directory_UserSearch" ("UserId", "AccountId", "UserName", "Email", "GivenName", "FamilyName", "DisplayName")
                SELECT "Id", "AccountId", "UserNameNormalized", "EmailNormalized", "GivenName", "FamilyName", "DisplayName" FROM "Directory_Users";
                """);
            migrationBuilder.Sql("""
                INSERT INTO "Directory_UserSearchRows" ("UserId", "SearchRowId") SELECT "UserId", rowid FROM "Directory_UserSearch";
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Directory_Users_SearchInsert" AFTER INSERT ON "Directory_Users" BEGIN
                    INSERT OR IGNORE INTO "Directory_UserSearchQueue" ("UserId") VALUES (NEW."Id");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Directory_Users_SearchUpdate"
                AFTER UPDATE OF "UserNameNormalized", "EmailNormalized", "GivenName", "FamilyName", "DisplayName" ON "Directory_Users" BEGIN
                    INSERT OR IGNORE INTO "Directory_UserSearchQueue" ("UserId") VALUES (NEW."Id");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Directory_Users_SearchDelete" AFTER DELETE ON "Directory_Users" BEGIN
                    INSERT OR IGNORE INTO "Directory_UserSearchQueue" ("UserId") VALUES (OLD."Id");
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "Directory_Users_SearchDelete";""");
            migrationBuilder.Sql("""DROP TRIGGER "Directory_Users_SearchUpdate";""");
            migrationBuilder.Sql("""DROP TRIGGER "Directory_Users_SearchInsert";""");
            migrationBuilder.Sql("""DROP TABLE "Directory_UserSearchQueue";""");
            migrationBuilder.Sql("""DROP TABLE "Directory_UserSearchRows";""");
            migrationBuilder.Sql("""DROP TABLE "Directory_UserSearch";""");
        }
    }
}
