using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CatoScim.Licensing.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class LeanOutbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Licensing_Outbox_Id",
                schema: "licensing",
                table: "Licensing_Outbox");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Licensing_Outbox_Id",
                schema: "licensing",
                table: "Licensing_Outbox",
                column: "Id",
                unique: true);
        }
    }
}
