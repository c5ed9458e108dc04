using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CatoScim.Events.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class LeanOutbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Events_Outbox_Id",
                schema: "events",
                table: "Events_Outbox");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Events_Outbox_Id",
                schema: "events",
                table: "Events_Outbox",
                column: "Id",
                unique: true);
        }
    }
}
