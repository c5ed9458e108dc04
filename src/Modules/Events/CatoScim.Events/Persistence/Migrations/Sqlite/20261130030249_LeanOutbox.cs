using CatoScim.ModuleKit.Outbox;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CatoScim.Events.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LeanOutbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Events_Outbox_Id",
                table: "Events_Outbox");

            OutboxTableRebuild.WithoutAutoincrement(migrationBuilder, "Events_Outbox");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<long>(
                name: "Sequence",
                table: "Events_Outbox",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "INTEGER")
                .Annotation("Sqlite:Autoincrement", true);

            migrationBuilder.CreateIndex(
                name: "IX_Events_Outbox_Id",
                table: "Events_Outbox",
                column: "Id",
                unique: true);
        }
    }
}
