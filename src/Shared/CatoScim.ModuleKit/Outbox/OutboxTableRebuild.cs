using Microsoft.EntityFrameworkCore.Migrations;

namespace CatoScim.ModuleKit.Outbox;

/// <summary>
/// SQLite cannot drop AUTOINCREMENT in place. EF's own rebuild spreads the copy, the drop and the rename over three
/// transactions around <c>PRAGMA foreign_keys</c>, so a crash between them would leave the outbox half moved; the
/// outbox has no foreign keys, so this does the same steps inside the migration's single transaction.
/// </summary>
public static class OutboxTableRebuild
{
    private const string Columns = """
        "Sequence", "Id", "Type", "Payload", "OccurredAt", "DeliveredAt", "DeadLetteredAt", "Attempts", "NextAttemptAt", "LastError", "TraceParent"
        """;

    public static void WithoutAutoincrement(MigrationBuilder migrationBuilder, string table)
    {
        var temp = $"ef_temp_{table}";
        migrationBuilder.Sql($"""
            CREATE TABLE "{temp}" (
                "Sequence" INTEGER NOT NULL CONSTRAINT "PK_{table}" PRIMARY KEY,
                "Id" TEXT NOT NULL,
                "Type" TEXT NOT NULL,
                "Payload" TEXT NOT NULL,
                "OccurredAt" TEXT NOT NULL,
                "DeliveredAt" TEXT NULL,
                "DeadLetteredAt" TEXT NULL,
                "Attempts" INTEGER NOT NULL,
                "NextAttemptAt" TEXT NULL,
                "LastError" TEXT NULL,
                "TraceParent" TEXT NULL
            );
            """);
        migrationBuilder.Sql($"""INSERT INTO "{temp}" ({Columns}) SELECT {Columns} FROM "{table}";""");
        migrationBuilder.Sql($"""DROP TABLE "{table}";""");
        migrationBuilder.Sql($"""ALTER TABLE "{temp}" RENAME TO "{table}";""");
        migrationBuilder.Sql($"""CREATE INDEX "IX_{table}_DeliveredAt_Sequence" ON "{table}" ("DeliveredAt", "Sequence");""");
    }
}
