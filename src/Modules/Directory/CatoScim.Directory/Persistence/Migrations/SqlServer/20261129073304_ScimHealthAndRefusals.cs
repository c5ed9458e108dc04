using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CatoScim.Directory.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ScimHealthAndRefusals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Directory_ScimDirectoryHealth",
                schema: "directory",
                columns: table => new
                {
                    DirectoryId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AccountId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    StatusChangedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    RecoveredAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastRequestAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastAuthenticatedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastSuccessAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastFailureAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastFailureReason = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Directory_ScimDirectoryHealth", x => x.DirectoryId);
                });

            migrationBuilder.CreateTable(
                name: "Directory_ScimTrafficBuckets",
                schema: "directory",
                columns: table => new
                {
                    DirectoryId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Minutes = table.Column<int>(type: "int", nullable: false),
                    Start = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Requests = table.Column<int>(type: "int", nullable: false),
                    Failures = table.Column<int>(type: "int", nullable: false),
                    FirstFailureAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Directory_ScimTrafficBuckets", x => new { x.DirectoryId, x.Minutes, x.Start });
                });

            migrationBuilder.CreateIndex(
                name: "IX_Directory_ScimDirectoryHealth_Status",
                schema: "directory",
                table: "Directory_ScimDirectoryHealth",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Directory_ScimTrafficBuckets_Minutes_Start",
                schema: "directory",
                table: "Directory_ScimTrafficBuckets",
                columns: new[] { "Minutes", "Start" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Directory_ScimDirectoryHealth",
                schema: "directory");

            migrationBuilder.DropTable(
                name: "Directory_ScimTrafficBuckets",
                schema: "directory");
        }
    }
}
