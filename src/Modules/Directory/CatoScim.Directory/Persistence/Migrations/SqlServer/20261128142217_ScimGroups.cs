using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CatoScim.Directory.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ScimGroups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Directory_Groups",
                schema: "directory",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AccountId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DirectoryId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Origin = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    DisplayName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    DisplayNameNormalized = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    ExternalId = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    MemberCount = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Directory_Groups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Directory_GroupMembers",
                schema: "directory",
                columns: table => new
                {
                    GroupId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AccountId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AddedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Directory_GroupMembers", x => new { x.GroupId, x.UserId });
                    table.ForeignKey(
                        name: "FK_Directory_GroupMembers_Directory_Groups_GroupId",
                        column: x => x.GroupId,
                        principalSchema: "directory",
                        principalTable: "Directory_Groups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Directory_GroupMembers_Directory_Users_UserId",
                        column: x => x.UserId,
                        principalSchema: "directory",
                        principalTable: "Directory_Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Directory_GroupMembers_UserId",
                schema: "directory",
                table: "Directory_GroupMembers",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Directory_Groups_AccountId_DisplayNameNormalized",
                schema: "directory",
                table: "Directory_Groups",
                columns: new[] { "AccountId", "DisplayNameNormalized" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Directory_Groups_AccountId_ExternalId",
                schema: "directory",
                table: "Directory_Groups",
                columns: new[] { "AccountId", "ExternalId" });

            migrationBuilder.CreateIndex(
                name: "IX_Directory_Groups_DirectoryId_Id",
                schema: "directory",
                table: "Directory_Groups",
                columns: new[] { "DirectoryId", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Directory_GroupMembers",
                schema: "directory");

            migrationBuilder.DropTable(
                name: "Directory_Groups",
                schema: "directory");
        }
    }
}
