using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CatoScim.Events.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Alerts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Events_Alerts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DirectoryId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RaisedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    QueuedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Recipients = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Error = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SkipReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    ClaimedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Events_Alerts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Events_AlertSettings",
                columns: table => new
                {
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DirectoryFailing = table.Column<bool>(type: "INTEGER", nullable: false),
                    TokenExpiring = table.Column<bool>(type: "INTEGER", nullable: false),
                    LicensePoolExhausted = table.Column<bool>(type: "INTEGER", nullable: false),
                    TokenWarningDays = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Events_AlertSettings", x => x.AccountId);
                });

            migrationBuilder.CreateTable(
                name: "Events_DirectoryHealth",
                columns: table => new
                {
                    DirectoryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EpisodeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FailingSince = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AsOf = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Events_DirectoryHealth", x => x.DirectoryId);
                });

            migrationBuilder.CreateTable(
                name: "Events_Tokens",
                columns: table => new
                {
                    TokenId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DirectoryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Prefix = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastWarnedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Events_Tokens", x => x.TokenId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Events_Alerts_AccountId_RaisedAt",
                table: "Events_Alerts",
                columns: new[] { "AccountId", "RaisedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Events_Alerts_Key",
                table: "Events_Alerts",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Events_Alerts_Status_QueuedAt",
                table: "Events_Alerts",
                columns: new[] { "Status", "QueuedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Events_Tokens_DirectoryId",
                table: "Events_Tokens",
                column: "DirectoryId");

            migrationBuilder.CreateIndex(
                name: "IX_Events_Tokens_ExpiresAt",
                table: "Events_Tokens",
                column: "ExpiresAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Events_Alerts");

            migrationBuilder.DropTable(
                name: "Events_AlertSettings");

            migrationBuilder.DropTable(
                name: "Events_DirectoryHealth");

            migrationBuilder.DropTable(
                name: "Events_Tokens");
        }
    }
}
