using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CatoScim.Events.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DigestClaimsEvents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "DigestId",
                table: "Events_ProvisioningEvents",
                type: "TEXT",
                nullable: true);

            // Events already reported by a digest belong to it; otherwise the next digest would report them all again as late.
            migrationBuilder.Sql("""
                UPDATE "Events_ProvisioningEvents" SET "DigestId" = (
                    SELECT d."Id" FROM "Events_Digests" d
                    WHERE d."AccountId" = "Events_ProvisioningEvents"."AccountId"
                      AND d."WindowStart" <= "Events_ProvisioningEvents"."Time" AND "Events_ProvisioningEvents"."Time" < d."WindowEnd");
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Events_ProvisioningEvents_AccountId_DigestId_Time",
                table: "Events_ProvisioningEvents",
                columns: new[] { "AccountId", "DigestId", "Time" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Events_ProvisioningEvents_AccountId_DigestId_Time",
                table: "Events_ProvisioningEvents");

            migrationBuilder.DropColumn(
                name: "DigestId",
                table: "Events_ProvisioningEvents");
        }
    }
}
