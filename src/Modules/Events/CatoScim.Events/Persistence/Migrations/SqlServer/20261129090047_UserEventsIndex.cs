using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CatoScim.Events.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class UserEventsIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Events_ProvisioningEvents_AccountId_ResourceId",
                schema: "events",
                table: "Events_ProvisioningEvents");

            migrationBuilder.CreateIndex(
                name: "IX_Events_ProvisioningEvents_AccountId_ResourceId_Time_Id",
                schema: "events",
                table: "Events_ProvisioningEvents",
                columns: new[] { "AccountId", "ResourceId", "Time", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Events_ProvisioningEvents_AccountId_ResourceId_Time_Id",
                schema: "events",
                table: "Events_ProvisioningEvents");

            migrationBuilder.CreateIndex(
                name: "IX_Events_ProvisioningEvents_AccountId_ResourceId",
                schema: "events",
                table: "Events_ProvisioningEvents",
                columns: new[] { "AccountId", "ResourceId" });
        }
    }
}
