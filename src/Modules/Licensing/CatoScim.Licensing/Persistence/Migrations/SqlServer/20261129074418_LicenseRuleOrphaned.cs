using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CatoScim.Licensing.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class LicenseRuleOrphaned : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "OrphanedAt",
                schema: "licensing",
                table: "Licensing_Rules",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeletedAt",
                schema: "licensing",
                table: "Licensing_Groups",
                type: "datetime2",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "OrphanedAt",
                schema: "licensing",
                table: "Licensing_Rules");

            migrationBuilder.DropColumn(
                name: "DeletedAt",
                schema: "licensing",
                table: "Licensing_Groups");
        }
    }
}
