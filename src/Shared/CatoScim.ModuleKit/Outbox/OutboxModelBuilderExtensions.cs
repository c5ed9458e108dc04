using CatoScim.ModuleKit.Inbox;
using CatoScim.ModuleKit.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CatoScim.ModuleKit.Outbox;

public static class OutboxModelBuilderExtensions
{
    /// <summary>
    /// Every index here is written by the transaction that publishes, which on the SCIM path is the IdP's own request,
    /// so the table keeps only what a reader needs. No index on `Id`: it is a fresh version-7 GUID per message, the
    /// consumers' inboxes de-duplicate by it, and the one lookup by it (a re-drive) goes through the pending rows.
    /// </summary>
    public static ModelBuilder AddOutbox(this ModelBuilder modelBuilder, string schema, bool isSqlServer)
    {
        modelBuilder.Entity<OutboxMessage>(e =>
        {
            e.ToTable(ModelBuilderConventions.Table(schema, "Outbox"));
            e.HasKey(m => m.Sequence);
            e.Property(m => m.Sequence).ValueGeneratedOnAdd();
            if (!isSqlServer)
            {
                // A plain rowid, not AUTOINCREMENT: it is still larger than every row in the table, so commit order
                // holds, and the publish skips the sqlite_sequence page. Only a value whose row was purged can come back,
                // and nothing keeps one (sqlite.org/autoinc.html).
                e.Property(m => m.Sequence).Metadata.SetValueGenerationStrategy(SqliteValueGenerationStrategy.None);
            }

            e.Property(m => m.Type).HasMaxLength(300);
            e.Property(m => m.LastError).HasMaxLength(OutboxMessage.LastErrorMax);
            e.Property(m => m.TraceParent).HasMaxLength(OutboxMessage.TraceParentMax);
            // The dispatcher scans pending rows in commit order; the purge job scans delivered rows by age.
            e.HasIndex(m => new { m.DeliveredAt, m.Sequence });
        });
        return modelBuilder;
    }

    public static ModelBuilder AddInbox(this ModelBuilder modelBuilder, string schema)
    {
        modelBuilder.Entity<ProcessedMessage>(e =>
        {
            e.ToTable(ModelBuilderConventions.Table(schema, "Inbox"));
            e.HasKey(m => new { m.MessageId, m.Consumer });
            e.Property(m => m.Consumer).HasMaxLength(200);
            e.HasIndex(m => m.ProcessedAt);
        });
        return modelBuilder;
    }
}
