using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CatoScim.Directory.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class UserAdminListIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FamilyNameUpper",
                table: "Directory_Users",
                type: "TEXT",
                maxLength: 128,
                nullable: true,
                computedColumnSql: "upper(\"FamilyName\")",
                stored: false);

            migrationBuilder.AddColumn<string>(
                name: "GivenNameUpper",
                table: "Directory_Users",
                type: "TEXT",
                maxLength: 128,
                nullable: true,
                computedColumnSql: "upper(\"GivenName\")",
                stored: false);

            migrationBuilder.CreateIndex(
                name: "IX_Directory_Users_AdminList",
                table: "Directory_Users",
                columns: new[] { "AccountId", "FamilyNameUpper", "GivenNameUpper", "UserNameNormalized", "Id", "Active", "Origin", "DirectoryId", "EmailNormalized", "FamilyName", "GivenName", "DisplayName" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Directory_Users_AdminList",
                table: "Directory_Users");

            migrationBuilder.DropColumn(
                name: "FamilyNameUpper",
                table: "Directory_Users");

            migrationBuilder.DropColumn(
                name: "GivenNameUpper",
                table: "Directory_Users");
        }
    }
}
