using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CatoScim.Directory.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ObjectAudit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CreatedBy",
                schema: "directory",
                table: "Directory_Users",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                schema: "directory",
                table: "Directory_Users",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTime>(
                name: "UpdatedAt",
                schema: "directory",
                table: "Directory_ScimTokens",
                type: "datetime2",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                schema: "directory",
                table: "Directory_ScimTokens",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "CreatedBy",
                schema: "directory",
                table: "Directory_Groups",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                schema: "directory",
                table: "Directory_Groups",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTime>(
                name: "UpdatedAt",
                schema: "directory",
                table: "Directory_ApiKeys",
                type: "datetime2",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                schema: "directory",
                table: "Directory_ApiKeys",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            // Backfill: only what the stored rows prove, `unknown` otherwise. A user linked to a directory was last written by
            // that directory (admins cannot edit SCIM users); it was also created by it only if never changed since, as a SCIM
            // take-over keeps the row's CreatedAt. A group can also be touched by an admin deleting a member, so both its values
            // need the never-changed proof. A key or token was last changed by its revocation (by whom was not kept), else created;
            // a token a rotation shortened expires exactly whole grace minutes after its successor's creation, by its successor's issuer.
            migrationBuilder.Sql("""
                UPDATE [directory].[Directory_Users] SET
                    [UpdatedBy] = CASE WHEN [DirectoryId] IS NOT NULL THEN N'scim:' + LOWER(CONVERT(nvarchar(36), [DirectoryId])) ELSE N'unknown' END,
                    [CreatedBy] = CASE WHEN [DirectoryId] IS NOT NULL AND [CreatedAt] = [UpdatedAt] THEN N'scim:' + LOWER(CONVERT(nvarchar(36), [DirectoryId])) ELSE N'unknown' END;
                """);
            migrationBuilder.Sql("""
                UPDATE [directory].[Directory_Groups] SET
                    [CreatedBy] = CASE WHEN [DirectoryId] IS NOT NULL AND [CreatedAt] = [UpdatedAt] THEN N'scim:' + LOWER(CONVERT(nvarchar(36), [DirectoryId])) ELSE N'unknown' END,
                    [UpdatedBy] = CASE WHEN [DirectoryId] IS NOT NULL AND [CreatedAt] = [UpdatedAt] THEN N'scim:' + LOWER(CONVERT(nvarchar(36), [DirectoryId])) ELSE N'unknown' END;
                """);
            migrationBuilder.Sql("""
                UPDATE [directory].[Directory_ApiKeys] SET
                    [UpdatedAt] = COALESCE([RevokedAt], [CreatedAt]),
                    [UpdatedBy] = CASE WHEN [RevokedAt] IS NULL THEN [CreatedBy] ELSE N'unknown' END;
                """);
            migrationBuilder.Sql("""
                UPDATE [directory].[Directory_ScimTokens] SET
                    [UpdatedAt] = COALESCE([RevokedAt], [CreatedAt]),
                    [UpdatedBy] = CASE WHEN [RevokedAt] IS NULL THEN [CreatedBy] ELSE N'unknown' END;
                """);
            migrationBuilder.Sql("""
                UPDATE o SET [UpdatedAt] = r.[CreatedAt], [UpdatedBy] = r.[CreatedBy]
                FROM [directory].[Directory_ScimTokens] AS o
                INNER JOIN [directory].[Directory_ScimTokens] AS r
                    ON r.[DirectoryId] = o.[DirectoryId] AND r.[Id] <> o.[Id] AND r.[CreatedAt] > o.[CreatedAt]
                WHERE o.[RevokedAt] IS NULL AND o.[ExpiresAt] IS NOT NULL
                    AND DATEDIFF(minute, r.[CreatedAt], o.[ExpiresAt]) BETWEEN 0 AND 10080
                    AND DATEADD(minute, DATEDIFF(minute, r.[CreatedAt], o.[ExpiresAt]), r.[CreatedAt]) = o.[ExpiresAt];
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CreatedBy",
                schema: "directory",
                table: "Directory_Users");

            migrationBuilder.DropColumn(
                name: "UpdatedBy",
                schema: "directory",
                table: "Directory_Users");

            migrationBuilder.DropColumn(
                name: "UpdatedAt",
                schema: "directory",
                table: "Directory_ScimTokens");

            migrationBuilder.DropColumn(
                name: "UpdatedBy",
                schema: "directory",
                table: "Directory_ScimTokens");

            migrationBuilder.DropColumn(
                name: "CreatedBy",
                schema: "directory",
                table: "Directory_Groups");

            migrationBuilder.DropColumn(
                name: "UpdatedBy",
                schema: "directory",
                table: "Directory_Groups");

            migrationBuilder.DropColumn(
                name: "UpdatedAt",
                schema: "directory",
                table: "Directory_ApiKeys");

            migrationBuilder.DropColumn(
                name: "UpdatedBy",
                schema: "directory",
                table: "Directory_ApiKeys");
        }
    }
}
