using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CatoScim.Events.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ProvisioningEvents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "DigestEnabled",
                schema: "events",
                table: "Events_Accounts",
                type: "bit",
                nullable: false,
                defaultValue: true);

            migrationBuilder.CreateTable(
                name: "Events_Digests",
                schema: "events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AccountId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    WindowStart = table.Column<DateTime>(type: "datetime2", nullable: false),
                    WindowEnd = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Recipients = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Succeeded = table.Column<int>(type: "int", nullable: false),
                    Failed = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Error = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    ClaimedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SentAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Events_Digests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Events_ProvisioningEvents",
                schema: "events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AccountId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MessageId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Time = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Action = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Operation = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    DirectoryId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ResourceType = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    ResourceId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    DisplayName = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    ExternalId = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    Message = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    HttpStatus = table.Column<int>(type: "int", nullable: true),
                    ScimType = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    Source = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Events_ProvisioningEvents", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Events_Digests_AccountId_WindowStart",
                schema: "events",
                table: "Events_Digests",
                columns: new[] { "AccountId", "WindowStart" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Events_ProvisioningEvents_AccountId_ResourceId",
                schema: "events",
                table: "Events_ProvisioningEvents",
                columns: new[] { "AccountId", "ResourceId" });

            migrationBuilder.CreateIndex(
                name: "IX_Events_ProvisioningEvents_AccountId_Time_Id",
                schema: "events",
                table: "Events_ProvisioningEvents",
                columns: new[] { "AccountId", "Time", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Events_ProvisioningEvents_MessageId",
                schema: "events",
                table: "Events_ProvisioningEvents",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Events_ProvisioningEvents_Time",
                schema: "events",
                table: "Events_ProvisioningEvents",
                column: "Time");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Events_Digests",
                schema: "events");

            migrationBuilder.DropTable(
                name: "Events_ProvisioningEvents",
                schema: "events");

            migrationBuilder.DropColumn(
                name: "DigestEnabled",
                schema: "events",
                table: "Events_Accounts");
        }
    }
}
