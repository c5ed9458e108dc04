using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CatoScim.Licensing.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Licensing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Allocated",
                table: "Licensing_Pools",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "Exhausted",
                table: "Licensing_Pools",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "Pending",
                table: "Licensing_Pools",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Existing accounts keep the documented default: a disabled user gives the seat back.
            migrationBuilder.AddColumn<bool>(
                name: "ReleaseOnDisable",
                table: "Licensing_Pools",
                type: "INTEGER",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "Licensing_Pools",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "Licensing_GroupMemberships",
                columns: table => new
                {
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Licensing_GroupMemberships", x => new { x.GroupId, x.UserId });
                });

            migrationBuilder.CreateTable(
                name: "Licensing_Groups",
                columns: table => new
                {
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Licensing_Groups", x => x.GroupId);
                });

            migrationBuilder.CreateTable(
                name: "Licensing_Rules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Subject = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Licensing_Rules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Licensing_Seats",
                columns: table => new
                {
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Via = table.Column<int>(type: "INTEGER", nullable: false),
                    CoveredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Since = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Licensing_Seats", x => new { x.AccountId, x.UserId });
                });

            migrationBuilder.CreateTable(
                name: "Licensing_Users",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    Deleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Licensing_Users", x => x.UserId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Licensing_GroupMemberships_UserId",
                table: "Licensing_GroupMemberships",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Licensing_Groups_AccountId",
                table: "Licensing_Groups",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_Licensing_Rules_AccountId_Kind_Subject",
                table: "Licensing_Rules",
                columns: new[] { "AccountId", "Kind", "Subject" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Licensing_Seats_AccountId_Status_Via_CoveredAt_UserId",
                table: "Licensing_Seats",
                columns: new[] { "AccountId", "Status", "Via", "CoveredAt", "UserId" });

            migrationBuilder.CreateIndex(
                name: "IX_Licensing_Users_AccountId_Origin",
                table: "Licensing_Users",
                columns: new[] { "AccountId", "Origin" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Licensing_GroupMemberships");

            migrationBuilder.DropTable(
                name: "Licensing_Groups");

            migrationBuilder.DropTable(
                name: "Licensing_Rules");

            migrationBuilder.DropTable(
                name: "Licensing_Seats");

            migrationBuilder.DropTable(
                name: "Licensing_Users");

            migrationBuilder.DropColumn(
                name: "Allocated",
                table: "Licensing_Pools");

            migrationBuilder.DropColumn(
                name: "Exhausted",
                table: "Licensing_Pools");

            migrationBuilder.DropColumn(
                name: "Pending",
                table: "Licensing_Pools");

            migrationBuilder.DropColumn(
                name: "ReleaseOnDisable",
                table: "Licensing_Pools");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Licensing_Pools");
        }
    }
}
