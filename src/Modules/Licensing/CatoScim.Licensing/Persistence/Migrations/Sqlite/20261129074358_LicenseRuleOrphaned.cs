using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CatoScim.Licensing.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LicenseRuleOrphaned : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "OrphanedAt",
                table: "Licensing_Rules",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeletedAt",
                table: "Licensing_Groups",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "OrphanedAt",
                table: "Licensing_Rules");

            migrationBuilder.DropColumn(
                name: "DeletedAt",
                table: "Licensing_Groups");
        }
    }
}
