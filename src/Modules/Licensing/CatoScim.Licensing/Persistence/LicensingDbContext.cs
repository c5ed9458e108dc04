using CatoScim.Licensing.Pool;
using CatoScim.ModuleKit.Outbox;
using CatoScim.ModuleKit.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Licensing.Persistence;

/// <summary>The Licensing module's tables; the provider-specific subclasses only carry their own migrations.</summary>
internal abstract class LicensingDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Schema = "licensing";

    public DbSet<LicensePool> Pools => Set<LicensePool>();

    protected abstract bool IsSqlServer { get; }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.UseModuleSchema(Schema, IsSqlServer);
        modelBuilder.AddOutbox(Schema);
        modelBuilder.AddInbox(Schema);
        modelBuilder.Entity<LicensePool>(e =>
        {
            e.ToTable(ModelBuilderConventions.Table(Schema, "Pools"));
            e.HasKey(p => p.AccountId);
            e.Property(p => p.Sku).HasMaxLength(40);
        });
    }
}
