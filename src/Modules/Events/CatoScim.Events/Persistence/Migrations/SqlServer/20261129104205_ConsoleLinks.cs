using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CatoScim.Events.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ConsoleLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Html",
                schema: "events",
                table: "Events_Alerts",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ConsoleOrigin",
                schema: "events",
                table: "Events_Accounts",
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ConsoleOriginAt",
                schema: "events",
                table: "Events_Accounts",
                type: "datetime2",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Html",
                schema: "events",
                table: "Events_Alerts");

            migrationBuilder.DropColumn(
                name: "ConsoleOrigin",
                schema: "events",
                table: "Events_Accounts");

            migrationBuilder.DropColumn(
                name: "ConsoleOriginAt",
                schema: "events",
                table: "Events_Accounts");
        }
    }
}
