using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CatoScim.Events.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EventHourlyCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Events_HourlyCounts",
                columns: table => new
                {
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HourStart = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DirectoryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Operation = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Events_HourlyCounts", x => new { x.AccountId, x.HourStart, x.DirectoryId, x.Action, x.Operation });
                });

            migrationBuilder.CreateIndex(
                name: "IX_Events_HourlyCounts_HourStart",
                table: "Events_HourlyCounts",
                column: "HourStart");

            // Backfill: existing events counted per account, hour (UTC), directory, action and operation, so an upgraded
            // database charts its history at once. The hour is written as EF writes a whole hour ('2026-01-05 10:00:00').
            migrationBuilder.Sql("""
                INSERT INTO "Events_HourlyCounts" ("AccountId", "HourStart", "DirectoryId", "Action", "Operation", "Count")
                SELECT "AccountId", strftime('%Y-%m-%d %H:00:00', "Time"), COALESCE("DirectoryId", '00000000-0000-0000-0000-000000000000'),
                    "Action", "Operation", COUNT(*)
                FROM "Events_ProvisioningEvents"
                GROUP BY "AccountId", strftime('%Y-%m-%d %H:00:00', "Time"), COALESCE("DirectoryId", '00000000-0000-0000-0000-000000000000'),
                    "Action", "Operation";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Events_HourlyCounts");
        }
    }
}
