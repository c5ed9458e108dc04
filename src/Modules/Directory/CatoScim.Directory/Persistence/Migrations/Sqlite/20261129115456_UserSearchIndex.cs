using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CatoScim.Directory.Persistence.Migrations.Sqlite
{
    /// <summary>
    /// The admin list's search index on SQLite: an FTS5 trigram table of the searched user columns, kept by triggers in
    /// the transaction of every user write (SCIM, admin API, CLI, seeding), so no write path can forget it. A substring
    /// cannot seek a B-tree, and scanning 100,000 users per search missed the console's 100 ms (issue 15).
    /// Directory_UserSearchRows maps a user to its FTS row: the users table has no INTEGER PRIMARY KEY, so its rowids
    /// may change on VACUUM or a table rebuild and cannot be the FTS rowid. A later migration that rebuilds
    /// Directory_Users drops these triggers with the old table and must create them again (UserSearchIndexTests fails
    /// otherwise). SQL Server keeps its scan of the list index: it has no trigram index, and no migration is needed.
    /// </summary>
    public partial class UserSearchIndex : Migration
    {
        private const string Columns = "\"UserId\", \"UserName\", \"Email\", \"GivenName\", \"FamilyName\", \"DisplayName\"";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "Directory_UserSearch" USING fts5(
                    "UserId" UNINDEXED, "UserName", "Email", "GivenName", "FamilyName", "DisplayName", tokenize = 'trigram');
                """);
            migrationBuilder.Sql("""
                CREATE TABLE "Directory_UserSearchRows" (
                    "UserId" TEXT NOT NULL CONSTRAINT "PK_Directory_UserSearchRows" PRIMARY KEY,
                    "SearchRowId" INTEGER NOT NULL) WITHOUT ROWID;
                """);
            migrationBuilder.Sql($"""
                INSERT INTO "Directory_UserSearch" ({Columns})
                SELECT "Id", "UserNameNormalized", "EmailNormalized", "GivenName", "FamilyName", "DisplayName" FROM "Directory_Users";
                """);
            migrationBuilder.Sql("""
                INSERT INTO "Directory_UserSearchRows" ("UserId", "SearchRowId") SELECT "UserId", rowid FROM "Directory_UserSearch";
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER "Directory_Users_SearchInsert" AFTER INSERT ON "Directory_Users" BEGIN
                    INSERT INTO "Directory_UserSearch" ({Columns})
                    VALUES (NEW."Id", NEW."UserNameNormalized", NEW."EmailNormalized", NEW."GivenName", NEW."FamilyName", NEW."DisplayName");
                    INSERT INTO "Directory_UserSearchRows" ("UserId", "SearchRowId") VALUES (NEW."Id", last_insert_rowid());
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Directory_Users_SearchUpdate"
                AFTER UPDATE OF "UserNameNormalized", "EmailNormalized", "GivenName", "FamilyName", "DisplayName" ON "Directory_Users" BEGIN
                    UPDATE "Directory_UserSearch" SET "UserName" = NEW."UserNameNormalized", "Email" = NEW."EmailNormalized",
                        "GivenName" = NEW."GivenName", "FamilyName" = NEW."FamilyName", "DisplayName" = NEW."DisplayName"
                    WHERE rowid = (SELECT "SearchRowId" FROM "Directory_UserSearchRows" WHERE "UserId" = OLD."Id");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "Directory_Users_SearchDelete" AFTER DELETE ON "Directory_Users" BEGIN
                    DELETE FROM "Directory_UserSearch"
                    WHERE rowid = (SELECT "SearchRowId" FROM "Directory_UserSearchRows" WHERE "UserId" = OLD."Id");
                    DELETE FROM "Directory_UserSearchRows" WHERE "UserId" = OLD."Id";
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "Directory_Users_SearchDelete";""");
            migrationBuilder.Sql("""DROP TRIGGER "Directory_Users_SearchUpdate";""");
            migrationBuilder.Sql("""DROP TRIGGER "Directory_Users_SearchInsert";""");
            migrationBuilder.Sql("""DROP TABLE "Directory_UserSearchRows";""");
            migrationBuilder.Sql("""DROP TABLE "Directory_UserSearch";""");
        }
    }
}
