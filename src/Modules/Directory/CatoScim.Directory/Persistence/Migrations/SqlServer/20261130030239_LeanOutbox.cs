using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CatoScim.Directory.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class LeanOutbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Directory_Outbox_Id",
                schema: "directory",
                table: "Directory_Outbox");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Directory_Outbox_Id",
                schema: "directory",
                table: "Directory_Outbox",
                column: "Id",
                unique: true);
        }
    }
}
