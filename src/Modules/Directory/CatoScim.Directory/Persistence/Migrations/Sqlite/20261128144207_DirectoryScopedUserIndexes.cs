using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CatoScim.Directory.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DirectoryScopedUserIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Directory_Users_AccountId_EmailNormalized",
                table: "Directory_Users");

            migrationBuilder.DropIndex(
                name: "IX_Directory_Users_AccountId_ExternalId",
                table: "Directory_Users");

            migrationBuilder.CreateIndex(
                name: "IX_Directory_Users_DirectoryId_EmailNormalized_Id",
                table: "Directory_Users",
                columns: new[] { "DirectoryId", "EmailNormalized", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Directory_Users_DirectoryId_ExternalId_Id",
                table: "Directory_Users",
                columns: new[] { "DirectoryId", "ExternalId", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Directory_Users_DirectoryId_EmailNormalized_Id",
                table: "Directory_Users");

            migrationBuilder.DropIndex(
                name: "IX_Directory_Users_DirectoryId_ExternalId_Id",
                table: "Directory_Users");

            migrationBuilder.CreateIndex(
                name: "IX_Directory_Users_AccountId_EmailNormalized",
                table: "Directory_Users",
                columns: new[] { "AccountId", "EmailNormalized" });

            migrationBuilder.CreateIndex(
                name: "IX_Directory_Users_AccountId_ExternalId",
                table: "Directory_Users",
                columns: new[] { "AccountId", "ExternalId" });
        }
    }
}
