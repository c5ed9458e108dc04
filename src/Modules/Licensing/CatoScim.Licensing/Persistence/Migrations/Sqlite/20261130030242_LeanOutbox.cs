using CatoScim.ModuleKit.Outbox;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CatoScim.Licensing.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LeanOutbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Licensing_Outbox_Id",
                table: "Licensing_Outbox");

            OutboxTableRebuild.WithoutAutoincrement(migrationBuilder, "Licensing_Outbox");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<long>(
                name: "Sequence",
                table: "Licensing_Outbox",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "INTEGER")
                .Annotation("Sqlite:Autoincrement", true);

            migrationBuilder.CreateIndex(
                name: "IX_Licensing_Outbox_Id",
                table: "Licensing_Outbox",
                column: "Id",
                unique: true);
        }
    }
}
