using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CatoScim.Directory.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ObjectAudit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CreatedBy",
                table: "Directory_Users",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                table: "Directory_Users",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTime>(
                name: "UpdatedAt",
                table: "Directory_ScimTokens",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                table: "Directory_ScimTokens",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "CreatedBy",
                table: "Directory_Groups",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                table: "Directory_Groups",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTime>(
                name: "UpdatedAt",
                table: "Directory_ApiKeys",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                table: "Directory_ApiKeys",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            // Backfill: only what the stored rows prove, `unknown` otherwise. A user linked to a directory was last written by
            // that directory (admins cannot edit SCIM users); it was also created by it only if never changed since, as a SCIM
            // take-over keeps the row's CreatedAt. A group can also be touched by an admin deleting a member, so both its values
            // need the never-changed proof. A key or token was last changed by its revocation (by whom was not kept), else created;
            // a token a rotation shortened expires exactly whole grace minutes after its successor's creation, by its successor's issuer.
            migrationBuilder.Sql("""
                UPDATE "Directory_Users" SET
                    "UpdatedBy" = CASE WHEN "DirectoryId" IS NOT NULL THEN 'scim:' || lower("DirectoryId") ELSE 'unknown' END,
                    "CreatedBy" = CASE WHEN "DirectoryId" IS NOT NULL AND "CreatedAt" = "UpdatedAt" THEN 'scim:' || lower("DirectoryId") ELSE 'unknown' END;
                """);
            migrationBuilder.Sql("""
                UPDATE "Directory_Groups" SET
                    "CreatedBy" = CASE WHEN "DirectoryId" IS NOT NULL AND "CreatedAt" = "UpdatedAt" THEN 'scim:' || lower("DirectoryId") ELSE 'unknown' END,
                    "UpdatedBy" = CASE WHEN "DirectoryId" IS NOT NULL AND "CreatedAt" = "UpdatedAt" THEN 'scim:' || lower("DirectoryId") ELSE 'unknown' END;
                """);
            migrationBuilder.Sql("""
                UPDATE "Directory_ApiKeys" SET
                    "UpdatedAt" = COALESCE("RevokedAt", "CreatedAt"),
                    "UpdatedBy" = CASE WHEN "RevokedAt" IS NULL THEN "CreatedBy" ELSE 'unknown' END;
                """);
            migrationBuilder.Sql("""
                UPDATE "Directory_ScimTokens" SET
                    "UpdatedAt" = COALESCE("RevokedAt", "CreatedAt"),
                    "UpdatedBy" = CASE WHEN "RevokedAt" IS NULL THEN "CreatedBy" ELSE 'unknown' END;
                """);
            migrationBuilder.Sql("""
                UPDATE "Directory_ScimTokens" AS o SET "UpdatedAt" = r."CreatedAt", "UpdatedBy" = r."CreatedBy"
                FROM "Directory_ScimTokens" AS r
                WHERE o."RevokedAt" IS NULL AND o."ExpiresAt" IS NOT NULL
                    AND r."DirectoryId" = o."DirectoryId" AND r."Id" <> o."Id" AND r."CreatedAt" > o."CreatedAt"
                    AND substr(o."ExpiresAt", 20) = substr(r."CreatedAt", 20)
                    AND (strftime('%s', o."ExpiresAt") - strftime('%s', r."CreatedAt")) % 60 = 0
                    AND strftime('%s', o."ExpiresAt") - strftime('%s', r."CreatedAt") BETWEEN 0 AND 604800;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CreatedBy",
                table: "Directory_Users");

            migrationBuilder.DropColumn(
                name: "UpdatedBy",
                table: "Directory_Users");

            migrationBuilder.DropColumn(
                name: "UpdatedAt",
                table: "Directory_ScimTokens");

            migrationBuilder.DropColumn(
                name: "UpdatedBy",
                table: "Directory_ScimTokens");

            migrationBuilder.DropColumn(
                name: "CreatedBy",
                table: "Directory_Groups");

            migrationBuilder.DropColumn(
                name: "UpdatedBy",
                table: "Directory_Groups");

            migrationBuilder.DropColumn(
                name: "UpdatedAt",
                table: "Directory_ApiKeys");

            migrationBuilder.DropColumn(
                name: "UpdatedBy",
                table: "Directory_ApiKeys");
        }
    }
}
