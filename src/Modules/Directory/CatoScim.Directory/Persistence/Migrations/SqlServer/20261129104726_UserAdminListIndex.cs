using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CatoScim.Directory.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class UserAdminListIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DisplayNameUpper",
                schema: "directory",
                table: "Directory_Users",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true,
                computedColumnSql: "UPPER([DisplayName])",
                stored: false);

            migrationBuilder.AddColumn<string>(
                name: "FamilyNameUpper",
                schema: "directory",
                table: "Directory_Users",
                type: "nvarchar(128)",
                maxLength: 128,
                nullable: true,
                computedColumnSql: "UPPER([FamilyName])",
                stored: false);

            migrationBuilder.AddColumn<string>(
                name: "GivenNameUpper",
                schema: "directory",
                table: "Directory_Users",
                type: "nvarchar(128)",
                maxLength: 128,
                nullable: true,
                computedColumnSql: "UPPER([GivenName])",
                stored: false);

            migrationBuilder.CreateIndex(
                name: "IX_Directory_Users_AdminList",
                schema: "directory",
                table: "Directory_Users",
                columns: new[] { "AccountId", "FamilyNameUpper", "GivenNameUpper", "UserNameNormalized", "Id" })
                .Annotation("SqlServer:Include", new[] { "Active", "Origin", "DirectoryId", "EmailNormalized", "DisplayNameUpper" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Directory_Users_AdminList",
                schema: "directory",
                table: "Directory_Users");

            migrationBuilder.DropColumn(
                name: "DisplayNameUpper",
                schema: "directory",
                table: "Directory_Users");

            migrationBuilder.DropColumn(
                name: "FamilyNameUpper",
                schema: "directory",
                table: "Directory_Users");

            migrationBuilder.DropColumn(
                name: "GivenNameUpper",
                schema: "directory",
                table: "Directory_Users");
        }
    }
}
