using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CatoScim.Directory.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ScimUsers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Directory_ScimDirectories",
                schema: "directory",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AccountId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Provider = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    LastRequestAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Directory_ScimDirectories", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Directory_ScimTokens",
                schema: "directory",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AccountId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DirectoryId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Prefix = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: false),
                    SecretHash = table.Column<byte[]>(type: "varbinary(32)", maxLength: 32, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastUsedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    RevokedAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Directory_ScimTokens", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Directory_Users",
                schema: "directory",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AccountId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DirectoryId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Origin = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    UserName = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: false),
                    ExternalId = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    GivenName = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    FamilyName = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    DisplayName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: true),
                    Phone = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    Title = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    Department = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    EmployeeNumber = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    CostCenter = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    Organization = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    Division = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    UserNameNormalized = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: false),
                    EmailNormalized = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: true),
                    Active = table.Column<bool>(type: "bit", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Directory_Users", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Directory_ScimDirectories_AccountId",
                schema: "directory",
                table: "Directory_ScimDirectories",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_Directory_ScimTokens_DirectoryId",
                schema: "directory",
                table: "Directory_ScimTokens",
                column: "DirectoryId");

            migrationBuilder.CreateIndex(
                name: "IX_Directory_Users_AccountId_EmailNormalized",
                schema: "directory",
                table: "Directory_Users",
                columns: new[] { "AccountId", "EmailNormalized" });

            migrationBuilder.CreateIndex(
                name: "IX_Directory_Users_AccountId_ExternalId",
                schema: "directory",
                table: "Directory_Users",
                columns: new[] { "AccountId", "ExternalId" });

            migrationBuilder.CreateIndex(
                name: "IX_Directory_Users_AccountId_Id",
                schema: "directory",
                table: "Directory_Users",
                columns: new[] { "AccountId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Directory_Users_AccountId_UserNameNormalized",
                schema: "directory",
                table: "Directory_Users",
                columns: new[] { "AccountId", "UserNameNormalized" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Directory_Users_DirectoryId_Id",
                schema: "directory",
                table: "Directory_Users",
                columns: new[] { "DirectoryId", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Directory_ScimDirectories",
                schema: "directory");

            migrationBuilder.DropTable(
                name: "Directory_ScimTokens",
                schema: "directory");

            migrationBuilder.DropTable(
                name: "Directory_Users",
                schema: "directory");
        }
    }
}
