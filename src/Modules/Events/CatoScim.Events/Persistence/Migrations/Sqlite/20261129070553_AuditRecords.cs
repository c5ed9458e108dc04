using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CatoScim.Events.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AuditRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Events_AuditRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ApiKeyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ApiKeyPrefix = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TargetType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    TargetId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ChangedFields = table.Column<string>(type: "TEXT", nullable: false),
                    ClientAddress = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Events_AuditRecords", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Events_AuditRecords_AccountId_OccurredAt_Id",
                table: "Events_AuditRecords",
                columns: new[] { "AccountId", "OccurredAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Events_AuditRecords_OccurredAt",
                table: "Events_AuditRecords",
                column: "OccurredAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Events_AuditRecords");
        }
    }
}
