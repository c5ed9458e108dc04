using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CatoScim.Directory.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ScimHealthAndRefusals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Directory_ScimDirectoryHealth",
                columns: table => new
                {
                    DirectoryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StatusChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecoveredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastRequestAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastAuthenticatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastSuccessAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastFailureAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastFailureReason = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Directory_ScimDirectoryHealth", x => x.DirectoryId);
                });

            migrationBuilder.CreateTable(
                name: "Directory_ScimTrafficBuckets",
                columns: table => new
                {
                    DirectoryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Minutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Start = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Requests = table.Column<int>(type: "INTEGER", nullable: false),
                    Failures = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstFailureAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Directory_ScimTrafficBuckets", x => new { x.DirectoryId, x.Minutes, x.Start });
                });

            migrationBuilder.CreateIndex(
                name: "IX_Directory_ScimDirectoryHealth_Status",
                table: "Directory_ScimDirectoryHealth",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Directory_ScimTrafficBuckets_Minutes_Start",
                table: "Directory_ScimTrafficBuckets",
                columns: new[] { "Minutes", "Start" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Directory_ScimDirectoryHealth");

            migrationBuilder.DropTable(
                name: "Directory_ScimTrafficBuckets");
        }
    }
}
