using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CatoScim.Licensing.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Licensing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Allocated",
                schema: "licensing",
                table: "Licensing_Pools",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "Exhausted",
                schema: "licensing",
                table: "Licensing_Pools",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "Pending",
                schema: "licensing",
                table: "Licensing_Pools",
                type: "int",
                nullable: false,
                defaultValue: 0);

            // Existing accounts keep the documented default: a disabled user gives the seat back.
            migrationBuilder.AddColumn<bool>(
                name: "ReleaseOnDisable",
                schema: "licensing",
                table: "Licensing_Pools",
                type: "bit",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                schema: "licensing",
                table: "Licensing_Pools",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "Licensing_GroupMemberships",
                schema: "licensing",
                columns: table => new
                {
                    GroupId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AccountId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Licensing_GroupMemberships", x => new { x.GroupId, x.UserId });
                });

            migrationBuilder.CreateTable(
                name: "Licensing_Groups",
                schema: "licensing",
                columns: table => new
                {
                    GroupId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AccountId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DisplayName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Licensing_Groups", x => x.GroupId);
                });

            migrationBuilder.CreateTable(
                name: "Licensing_Rules",
                schema: "licensing",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AccountId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    GroupId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Subject = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Licensing_Rules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Licensing_Seats",
                schema: "licensing",
                columns: table => new
                {
                    AccountId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    Via = table.Column<int>(type: "int", nullable: false),
                    CoveredAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Since = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Licensing_Seats", x => new { x.AccountId, x.UserId });
                });

            migrationBuilder.CreateTable(
                name: "Licensing_Users",
                schema: "licensing",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AccountId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserName = table.Column<string>(type: "nvarchar(320)", maxLength: 320, nullable: false),
                    Origin = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Active = table.Column<bool>(type: "bit", nullable: false),
                    Deleted = table.Column<bool>(type: "bit", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Licensing_Users", x => x.UserId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Licensing_GroupMemberships_UserId",
                schema: "licensing",
                table: "Licensing_GroupMemberships",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Licensing_Groups_AccountId",
                schema: "licensing",
                table: "Licensing_Groups",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_Licensing_Rules_AccountId_Kind_Subject",
                schema: "licensing",
                table: "Licensing_Rules",
                columns: new[] { "AccountId", "Kind", "Subject" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Licensing_Seats_AccountId_Status_Via_CoveredAt_UserId",
                schema: "licensing",
                table: "Licensing_Seats",
                columns: new[] { "AccountId", "Status", "Via", "CoveredAt", "UserId" });

            migrationBuilder.CreateIndex(
                name: "IX_Licensing_Users_AccountId_Origin",
                schema: "licensing",
                table: "Licensing_Users",
                columns: new[] { "AccountId", "Origin" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Licensing_GroupMemberships",
                schema: "licensing");

            migrationBuilder.DropTable(
                name: "Licensing_Groups",
                schema: "licensing");

            migrationBuilder.DropTable(
                name: "Licensing_Rules",
                schema: "licensing");

            migrationBuilder.DropTable(
                name: "Licensing_Seats",
                schema: "licensing");

            migrationBuilder.DropTable(
                name: "Licensing_Users",
                schema: "licensing");

            migrationBuilder.DropColumn(
                name: "Allocated",
                schema: "licensing",
                table: "Licensing_Pools");

            migrationBuilder.DropColumn(
                name: "Exhausted",
                schema: "licensing",
                table: "Licensing_Pools");

            migrationBuilder.DropColumn(
                name: "Pending",
                schema: "licensing",
                table: "Licensing_Pools");

            migrationBuilder.DropColumn(
                name: "ReleaseOnDisable",
                schema: "licensing",
                table: "Licensing_Pools");

            migrationBuilder.DropColumn(
                name: "Version",
                schema: "licensing",
                table: "Licensing_Pools");
        }
    }
}
