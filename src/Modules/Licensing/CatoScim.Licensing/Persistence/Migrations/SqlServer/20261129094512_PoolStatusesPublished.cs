using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CatoScim.Licensing.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PoolStatusesPublished : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "StatusesPublishedAt",
                schema: "licensing",
                table: "Licensing_Pools",
                type: "datetime2",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "StatusesPublishedAt",
                schema: "licensing",
                table: "Licensing_Pools");
        }
    }
}
