using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CatoScim.Events.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class DigestClaimsEvents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "DigestId",
                schema: "events",
                table: "Events_ProvisioningEvents",
                type: "uniqueidentifier",
                nullable: true);

            // Events already reported by a digest belong to it; otherwise the next digest would report them all again as late.
            migrationBuilder.Sql("""
                UPDATE e SET e.[DigestId] = d.[Id]
                FROM [events].[Events_ProvisioningEvents] e
                JOIN [events].[Events_Digests] d ON d.[AccountId] = e.[AccountId] AND e.[Time] >= d.[WindowStart] AND e.[Time] < d.[WindowEnd];
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Events_ProvisioningEvents_AccountId_DigestId_Time",
                schema: "events",
                table: "Events_ProvisioningEvents",
                columns: new[] { "AccountId", "DigestId", "Time" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Events_ProvisioningEvents_AccountId_DigestId_Time",
                schema: "events",
                table: "Events_ProvisioningEvents");

            migrationBuilder.DropColumn(
                name: "DigestId",
                schema: "events",
                table: "Events_ProvisioningEvents");
        }
    }
}
