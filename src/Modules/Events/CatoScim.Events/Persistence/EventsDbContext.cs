using CatoScim.Events.Accounts;
using CatoScim.ModuleKit.Outbox;
using CatoScim.ModuleKit.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Events.Persistence;

/// <summary>The Events module's tables; the provider-specific subclasses only carry their own migrations.</summary>
internal abstract class EventsDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Schema = "events";

    public DbSet<AccountCopy> Accounts => Set<AccountCopy>();

    protected abstract bool IsSqlServer { get; }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.UseModuleSchema(Schema, IsSqlServer);
        modelBuilder.AddOutbox(Schema);
        modelBuilder.AddInbox(Schema);
        modelBuilder.Entity<AccountCopy>(e =>
        {
            e.ToTable(ModelBuilderConventions.Table(Schema, "Accounts"));
            e.HasKey(a => a.AccountId);
            e.Property(a => a.Name).HasMaxLength(200);
        });
    }
}
