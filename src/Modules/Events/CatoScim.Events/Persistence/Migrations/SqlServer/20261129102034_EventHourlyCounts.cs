using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CatoScim.Events.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class EventHourlyCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Events_HourlyCounts",
                schema: "events",
                columns: table => new
                {
                    AccountId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    HourStart = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DirectoryId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Action = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Operation = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Count = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Events_HourlyCounts", x => new { x.AccountId, x.HourStart, x.DirectoryId, x.Action, x.Operation });
                });

            migrationBuilder.CreateIndex(
                name: "IX_Events_HourlyCounts_HourStart",
                schema: "events",
                table: "Events_HourlyCounts",
                column: "HourStart");

            // Backfill: existing events counted per account, hour (UTC), directory, action and operation, so an upgraded
            // database charts its history at once. DATEDIFF counts hour boundaries from a fixed origin: the hour, truncated.
            migrationBuilder.Sql("""
                INSERT INTO [events].[Events_HourlyCounts] ([AccountId], [HourStart], [DirectoryId], [Action], [Operation], [Count])
                SELECT [AccountId], DATEADD(hour, DATEDIFF(hour, CAST('20000101' AS datetime2), [Time]), CAST('20000101' AS datetime2)),
                    COALESCE([DirectoryId], CAST('00000000-0000-0000-0000-000000000000' AS uniqueidentifier)), [Action], [Operation], COUNT(*)
                FROM [events].[Events_ProvisioningEvents]
                GROUP BY [AccountId], DATEADD(hour, DATEDIFF(hour, CAST('20000101' AS datetime2), [Time]), CAST('20000101' AS datetime2)),
                    COALESCE([DirectoryId], CAST('00000000-0000-0000-0000-000000000000' AS uniqueidentifier)), [Action], [Operation];
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Events_HourlyCounts",
                schema: "events");
        }
    }
}
