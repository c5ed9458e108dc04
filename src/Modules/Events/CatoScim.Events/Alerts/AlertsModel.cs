using CatoScim.Events.Persistence;
using CatoScim.ModuleKit.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Events.Alerts;

/// <summary>The alert tables of the Events model.</summary>
internal static class AlertsModel
{
    public static void Configure(ModelBuilder modelBuilder, string schema)
    {
        modelBuilder.Entity<AlertSettings>(e =>
        {
            e.ToTable(ModelBuilderConventions.Table(schema, "AlertSettings"));
            e.HasKey(s => s.AccountId);
        });
        modelBuilder.Entity<AlertRecord>(e =>
        {
            e.ToTable(ModelBuilderConventions.Table(schema, "Alerts"));
            e.HasKey(a => a.Id);
            e.HasIndex(a => a.Key).IsUnique();
            e.HasIndex(a => new { a.AccountId, a.RaisedAt });
            e.HasIndex(a => new { a.Status, a.QueuedAt });
            e.Property(a => a.Kind).HasConversion<string>().HasMaxLength(32);
            e.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(a => a.Key).HasMaxLength(AlertRecord.KeyMax);
            e.Property(a => a.Subject).HasMaxLength(AlertRecord.SubjectMax);
            e.Property(a => a.Body).HasMaxLength(AlertRecord.BodyMax);
            e.Property(a => a.Error).HasMaxLength(AlertRecord.ErrorMax);
            e.Property(a => a.SkipReason).HasMaxLength(AlertRecord.ErrorMax);
            e.Property(a => a.RaisedAt).HasConversion(EventsDbContext.UtcConverter);
            e.Property(a => a.QueuedAt).HasConversion(EventsDbContext.UtcConverter);
            e.Property(a => a.ClaimedAt).HasConversion(EventsDbContext.NullableUtcConverter);
            e.Property(a => a.SentAt).HasConversion(EventsDbContext.NullableUtcConverter);
        });
        modelBuilder.Entity<DirectoryHealthCopy>(e =>
        {
            e.ToTable(ModelBuilderConventions.Table(schema, "DirectoryHealth"));
            e.HasKey(d => d.DirectoryId);
            e.Property(d => d.Status).HasMaxLength(DirectoryHealthCopy.StatusMax);
            e.Property(d => d.FailingSince).HasConversion(EventsDbContext.NullableUtcConverter);
            e.Property(d => d.AsOf).HasConversion(EventsDbContext.UtcConverter);
        });
        modelBuilder.Entity<TokenCopy>(e =>
        {
            e.ToTable(ModelBuilderConventions.Table(schema, "Tokens"));
            e.HasKey(t => t.TokenId);
            e.HasIndex(t => t.DirectoryId);
            e.HasIndex(t => t.ExpiresAt);
            e.Property(t => t.Prefix).HasMaxLength(TokenCopy.PrefixMax);
            e.Property(t => t.ExpiresAt).HasConversion(EventsDbContext.NullableUtcConverter);
            e.Property(t => t.LastWarnedAt).HasConversion(EventsDbContext.NullableUtcConverter);
        });
    }
}
