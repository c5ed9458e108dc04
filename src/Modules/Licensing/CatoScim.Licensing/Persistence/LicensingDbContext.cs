using CatoScim.Licensing.Copies;
using CatoScim.Licensing.Pool;
using CatoScim.Licensing.Rules;
using CatoScim.Licensing.Seats;
using CatoScim.ModuleKit.Audit;
using CatoScim.ModuleKit.Outbox;
using CatoScim.ModuleKit.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Licensing.Persistence;

/// <summary>The Licensing module's tables; the provider-specific subclasses only carry their own migrations.</summary>
internal abstract class LicensingDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Schema = "licensing";

    public DbSet<LicensePool> Pools => Set<LicensePool>();
    public DbSet<LicensedUser> Users => Set<LicensedUser>();
    public DbSet<LicensedGroup> Groups => Set<LicensedGroup>();
    public DbSet<GroupMembershipCopy> Memberships => Set<GroupMembershipCopy>();
    public DbSet<LicenseRule> Rules => Set<LicenseRule>();
    public DbSet<SeatAssignment> Seats => Set<SeatAssignment>();

    protected abstract bool IsSqlServer { get; }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.UseModuleSchema(Schema, IsSqlServer);
        modelBuilder.AddOutbox(Schema, IsSqlServer);
        modelBuilder.AddInbox(Schema);
        modelBuilder.Entity<LicensePool>(e =>
        {
            e.ToTable(ModelBuilderConventions.Table(Schema, "Pools"));
            e.HasKey(p => p.AccountId);
            e.Property(p => p.Sku).HasMaxLength(40);
            e.Ignore(p => p.Available);
        });
        modelBuilder.Entity<LicensedUser>(e =>
        {
            e.ToTable(ModelBuilderConventions.Table(Schema, "Users"));
            e.HasKey(u => u.UserId);
            e.Property(u => u.UserName).HasMaxLength(320);
            e.Property(u => u.Origin).HasMaxLength(20);
            // ALL_SCIM_USERS rules enumerate an account's SCIM users.
            e.HasIndex(u => new { u.AccountId, u.Origin });
        });
        modelBuilder.Entity<LicensedGroup>(e =>
        {
            e.ToTable(ModelBuilderConventions.Table(Schema, "Groups"));
            e.HasKey(g => g.GroupId);
            e.Property(g => g.DisplayName).HasMaxLength(256);
            e.HasIndex(g => g.AccountId);
        });
        modelBuilder.Entity<GroupMembershipCopy>(e =>
        {
            e.ToTable(ModelBuilderConventions.Table(Schema, "GroupMemberships"));
            e.HasKey(m => new { m.GroupId, m.UserId });
            // Coverage of one user looks up their groups.
            e.HasIndex(m => m.UserId);
        });
        modelBuilder.Entity<LicenseRule>(e =>
        {
            e.ToTable(ModelBuilderConventions.Table(Schema, "Rules"));
            e.HasKey(r => r.Id);
            e.HasIndex(r => new { r.AccountId, r.Kind, r.Subject }).IsUnique();
            e.Property(r => r.CreatedBy).HasMaxLength(Actors.MaxLength);
            e.Property(r => r.UpdatedBy).HasMaxLength(Actors.MaxLength);
        });
        modelBuilder.Entity<SeatAssignment>(e =>
        {
            e.ToTable(ModelBuilderConventions.Table(Schema, "Seats"));
            e.HasKey(s => new { s.AccountId, s.UserId });
            // The waiting line: next pending users in allocation order are an index range read.
            e.HasIndex(s => new { s.AccountId, s.Status, s.Via, s.CoveredAt, s.UserId });
        });
    }
}
