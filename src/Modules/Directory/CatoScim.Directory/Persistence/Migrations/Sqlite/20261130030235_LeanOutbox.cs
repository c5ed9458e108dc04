using CatoScim.ModuleKit.Outbox;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CatoScim.Directory.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LeanOutbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Directory_Outbox_Id",
                table: "Directory_Outbox");

            OutboxTableRebuild.WithoutAutoincrement(migrationBuilder, "Directory_Outbox");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<long>(
                name: "Sequence",
                table: "Directory_Outbox",
                type: "INTEGER",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "INTEGER")
                .Annotation("Sqlite:Autoincrement", true);

            migrationBuilder.CreateIndex(
                name: "IX_Directory_Outbox_Id",
                table: "Directory_Outbox",
                column: "Id",
                unique: true);
        }
    }
}
