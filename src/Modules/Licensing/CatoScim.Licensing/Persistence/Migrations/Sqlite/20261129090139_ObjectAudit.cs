using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CatoScim.Licensing.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ObjectAudit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CreatedBy",
                table: "Licensing_Rules",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTime>(
                name: "UpdatedAt",
                table: "Licensing_Rules",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "UpdatedBy",
                table: "Licensing_Rules",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            // Backfill: the author of existing rules was not kept; only the service orphans a rule, so an orphaned rule was last
            // changed by `system` when it was orphaned.
            migrationBuilder.Sql("""
                UPDATE "Licensing_Rules" SET
                    "CreatedBy" = 'unknown',
                    "UpdatedAt" = COALESCE("OrphanedAt", "CreatedAt"),
                    "UpdatedBy" = CASE WHEN "OrphanedAt" IS NULL THEN 'unknown' ELSE 'system' END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CreatedBy",
                table: "Licensing_Rules");

            migrationBuilder.DropColumn(
                name: "UpdatedAt",
                table: "Licensing_Rules");

            migrationBuilder.DropColumn(
                name: "UpdatedBy",
                table: "Licensing_Rules");
        }
    }
}
