using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CatoScim.Events.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Alerts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Events_Alerts",
                schema: "events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AccountId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Key = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    DirectoryId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Subject = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    RaisedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    QueuedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Recipients = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Error = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    SkipReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    ClaimedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    SentAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Events_Alerts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Events_AlertSettings",
                schema: "events",
                columns: table => new
                {
                    AccountId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DirectoryFailing = table.Column<bool>(type: "bit", nullable: false),
                    TokenExpiring = table.Column<bool>(type: "bit", nullable: false),
                    LicensePoolExhausted = table.Column<bool>(type: "bit", nullable: false),
                    TokenWarningDays = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Events_AlertSettings", x => x.AccountId);
                });

            migrationBuilder.CreateTable(
                name: "Events_DirectoryHealth",
                schema: "events",
                columns: table => new
                {
                    DirectoryId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AccountId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    EpisodeId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    FailingSince = table.Column<DateTime>(type: "datetime2", nullable: true),
                    AsOf = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Events_DirectoryHealth", x => x.DirectoryId);
                });

            migrationBuilder.CreateTable(
                name: "Events_Tokens",
                schema: "events",
                columns: table => new
                {
                    TokenId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AccountId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DirectoryId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Prefix = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastWarnedAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Events_Tokens", x => x.TokenId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Events_Alerts_AccountId_RaisedAt",
                schema: "events",
                table: "Events_Alerts",
                columns: new[] { "AccountId", "RaisedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Events_Alerts_Key",
                schema: "events",
                table: "Events_Alerts",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Events_Alerts_Status_QueuedAt",
                schema: "events",
                table: "Events_Alerts",
                columns: new[] { "Status", "QueuedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Events_Tokens_DirectoryId",
                schema: "events",
                table: "Events_Tokens",
                column: "DirectoryId");

            migrationBuilder.CreateIndex(
                name: "IX_Events_Tokens_ExpiresAt",
                schema: "events",
                table: "Events_Tokens",
                column: "ExpiresAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Events_Alerts",
                schema: "events");

            migrationBuilder.DropTable(
                name: "Events_AlertSettings",
                schema: "events");

            migrationBuilder.DropTable(
                name: "Events_DirectoryHealth",
                schema: "events");

            migrationBuilder.DropTable(
                name: "Events_Tokens",
                schema: "events");
        }
    }
}
