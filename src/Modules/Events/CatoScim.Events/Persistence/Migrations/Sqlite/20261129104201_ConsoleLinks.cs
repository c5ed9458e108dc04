using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CatoScim.Events.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ConsoleLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Html",
                table: "Events_Alerts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ConsoleOrigin",
                table: "Events_Accounts",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ConsoleOriginAt",
                table: "Events_Accounts",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Html",
                table: "Events_Alerts");

            migrationBuilder.DropColumn(
                name: "ConsoleOrigin",
                table: "Events_Accounts");

            migrationBuilder.DropColumn(
                name: "ConsoleOriginAt",
                table: "Events_Accounts");
        }
    }
}
