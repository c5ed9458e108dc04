using CatoScim.ModuleKit.Inbox;
using CatoScim.ModuleKit.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.ModuleKit.Outbox;

public static class OutboxModelBuilderExtensions
{
    public static ModelBuilder AddOutbox(this ModelBuilder modelBuilder, string schema)
    {
        modelBuilder.Entity<OutboxMessage>(e =>
        {
            e.ToTable(ModelBuilderConventions.Table(schema, "Outbox"));
            e.HasKey(m => m.Sequence);
            e.Property(m => m.Sequence).ValueGeneratedOnAdd();
            e.HasIndex(m => m.Id).IsUnique();
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
