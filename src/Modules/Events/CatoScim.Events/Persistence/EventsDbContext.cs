using CatoScim.Events.Accounts;
using CatoScim.Events.Alerts;
using CatoScim.Events.Audit;
using CatoScim.Events.Digests;
using CatoScim.Events.Directories;
using CatoScim.Events.Mail;
using CatoScim.Events.Provisioning;
using CatoScim.Events.Timeline;
using CatoScim.ModuleKit.Outbox;
using CatoScim.ModuleKit.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CatoScim.Events.Persistence;

/// <summary>The Events module's tables; the provider-specific subclasses only carry their own migrations.</summary>
internal abstract class EventsDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Schema = "events";

    public DbSet<AccountCopy> Accounts => Set<AccountCopy>();
    public DbSet<ProvisioningEvent> ProvisioningEvents => Set<ProvisioningEvent>();
    public DbSet<DigestRecord> Digests => Set<DigestRecord>();
    public DbSet<DirectoryCopy> Directories => Set<DirectoryCopy>();
    public DbSet<AlertSettings> AlertSettings => Set<AlertSettings>();
    public DbSet<AlertRecord> Alerts => Set<AlertRecord>();
    public DbSet<DirectoryHealthCopy> DirectoryHealth => Set<DirectoryHealthCopy>();
    public DbSet<TokenCopy> Tokens => Set<TokenCopy>();
    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();
    public DbSet<EventHourlyCount> HourlyCounts => Set<EventHourlyCount>();

    // SQLite gives DateTimes back as Unspecified; GraphQL and comparisons with TimeProvider need them as UTC.
    internal static readonly ValueConverter<DateTime, DateTime> UtcConverter =
        new(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    internal static readonly ValueConverter<DateTime?, DateTime?> NullableUtcConverter =
        new(v => v, v => v.HasValue ? DateTime.SpecifyKind(v.Value, DateTimeKind.Utc) : v);

    protected abstract bool IsSqlServer { get; }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.UseModuleSchema(Schema, IsSqlServer);
        modelBuilder.AddOutbox(Schema, IsSqlServer);
        modelBuilder.AddInbox(Schema);
        modelBuilder.Entity<DirectoryCopy>(e =>
        {
            e.ToTable(ModelBuilderConventions.Table(Schema, "Directories"));
            e.HasKey(d => d.DirectoryId);
            e.HasIndex(d => d.AccountId);
            e.Property(d => d.Name).HasMaxLength(200);
            e.Property(d => d.Provider).HasMaxLength(20);
            e.Property(d => d.AsOf).HasConversion(UtcConverter);
        });
        modelBuilder.Entity<AccountCopy>(e =>
        {
            e.ToTable(ModelBuilderConventions.Table(Schema, "Accounts"));
            e.HasKey(a => a.AccountId);
            e.Property(a => a.Name).HasMaxLength(200);
            e.Property(a => a.DigestEnabled).HasDefaultValue(true).HasSentinel(true);
            e.Property(a => a.ConsoleOrigin).HasMaxLength(ConsoleOrigins.MaxLength);
            e.Property(a => a.ConsoleOriginAt).HasConversion(NullableUtcConverter);
        });
        modelBuilder.Entity<ProvisioningEvent>(e =>
        {
            e.ToTable(ModelBuilderConventions.Table(Schema, "ProvisioningEvents"));
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.MessageId).IsUnique();
            e.HasIndex(x => new { x.AccountId, x.Time, x.Id });
            // A user's history (User.events) and the latest name of a user: newest first is a backward index range.
            e.HasIndex(x => new { x.AccountId, x.ResourceId, x.Time, x.Id });
            e.HasIndex(x => x.Time);
            e.HasIndex(x => new { x.AccountId, x.DigestId, x.Time });
            e.Property(x => x.Time).HasConversion(UtcConverter);
            e.Property(x => x.Action).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Operation).HasMaxLength(ProvisioningEvent.OperationMax);
            e.Property(x => x.ResourceType).HasMaxLength(ProvisioningEvent.ResourceTypeMax);
            e.Property(x => x.DisplayName).HasMaxLength(ProvisioningEvent.DisplayNameMax);
            e.Property(x => x.ExternalId).HasMaxLength(ProvisioningEvent.ExternalIdMax);
            e.Property(x => x.Message).HasMaxLength(ProvisioningEvent.MessageMax);
            e.Property(x => x.Reason).HasMaxLength(ProvisioningEvent.ReasonMax);
            e.Property(x => x.ScimType).HasMaxLength(ProvisioningEvent.ScimTypeMax);
            e.Property(x => x.Source).HasMaxLength(ProvisioningEvent.SourceMax);
            e.Property(x => x.RequestId).HasMaxLength(ProvisioningEvent.RequestIdMax);
            e.Property(x => x.Count).HasDefaultValue(1).HasSentinel(1);
        });
        modelBuilder.Entity<DigestRecord>(e =>
        {
            e.ToTable(ModelBuilderConventions.Table(Schema, "Digests"));
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.AccountId, x.WindowStart }).IsUnique();
            e.Property(x => x.WindowStart).HasConversion(UtcConverter);
            e.Property(x => x.WindowEnd).HasConversion(UtcConverter);
            e.Property(x => x.ClaimedAt).HasConversion(UtcConverter);
            e.Property(x => x.SentAt).HasConversion(NullableUtcConverter);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Error).HasMaxLength(DigestRecord.ErrorMax);
        });
        AlertsModel.Configure(modelBuilder, Schema);
        HourlyCountsModel.Configure(modelBuilder, Schema);
        modelBuilder.Entity<AuditRecord>(e =>
        {
            e.ToTable(ModelBuilderConventions.Table(Schema, "AuditRecords"));
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.AccountId, x.OccurredAt, x.Id });
            e.HasIndex(x => x.OccurredAt);
            e.Property(x => x.OccurredAt).HasConversion(UtcConverter);
            e.Property(x => x.Actor).HasMaxLength(AuditRecord.ActorMax);
            e.Property(x => x.ApiKeyPrefix).HasMaxLength(AuditRecord.ApiKeyPrefixMax);
            e.Property(x => x.Action).HasMaxLength(AuditRecord.ActionMax);
            e.Property(x => x.TargetType).HasMaxLength(AuditRecord.TargetTypeMax);
            e.Property(x => x.TargetId).HasMaxLength(AuditRecord.TargetIdMax);
            e.Property(x => x.ClientAddress).HasMaxLength(AuditRecord.ClientAddressMax);
        });
    }

    /// <summary>Saves and moves the hourly counters of the events added or removed, in one transaction.</summary>
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        CountedSave.SaveChangesAsync(this, acceptAllChangesOnSuccess, ok => base.SaveChangesAsync(ok, cancellationToken), cancellationToken);

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        CountedSave.HasCountedChanges(this)
            ? throw new InvalidOperationException("Provisioning events are saved with SaveChangesAsync, which moves their hourly counters in the same transaction.")
            : base.SaveChanges(acceptAllChangesOnSuccess);
}
