using CatoScim.Directory.Accounts;
using CatoScim.Directory.ApiKeys;
using CatoScim.Directory.Groups;
using CatoScim.Directory.Licenses;
using CatoScim.Directory.ScimDirectories;
using CatoScim.Directory.ScimDirectories.Health;
using CatoScim.Directory.ScimDirectories.Tokens;
using CatoScim.Directory.Users;
using CatoScim.ModuleKit.Audit;
using CatoScim.ModuleKit.Outbox;
using CatoScim.ModuleKit.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Directory.Persistence;

/// <summary>The Directory module's tables; the provider-specific subclasses only carry their own migrations.</summary>
internal abstract class DirectoryDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Schema = "directory";

    public DbSet<Account> Accounts => Set<Account>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<ScimDirectory> ScimDirectories => Set<ScimDirectory>();
    public DbSet<ScimToken> ScimTokens => Set<ScimToken>();
    public DbSet<ScimDirectoryHealth> ScimHealth => Set<ScimDirectoryHealth>();
    public DbSet<ScimTrafficBucket> ScimTrafficBuckets => Set<ScimTrafficBucket>();
    public DbSet<User> Users => Set<User>();
    public DbSet<Group> Groups => Set<Group>();
    public DbSet<GroupMember> GroupMembers => Set<GroupMember>();
    public DbSet<UserLicenseCopy> UserLicenses => Set<UserLicenseCopy>();

    protected abstract bool IsSqlServer { get; }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.UseModuleSchema(Schema, IsSqlServer);
        modelBuilder.AddOutbox(Schema, IsSqlServer);
        modelBuilder.Entity<Account>(e =>
        {
            e.ToTable(ModelBuilderConventions.Table(Schema, "Accounts"));
            e.Property(a => a.Name).HasMaxLength(Account.NameMaxLength);
            e.Property(a => a.UserIdentity).HasConversion<string>().HasMaxLength(10);
            e.Property(a => a.CreatedBy).HasMaxLength(100);
            e.Property(a => a.UpdatedBy).HasMaxLength(100);
        });
        modelBuilder.Entity<ApiKey>(e =>
        {
            e.ToTable(ModelBuilderConventions.Table(Schema, "ApiKeys"));
            e.HasIndex(k => k.SecretHash).IsUnique();
            e.HasIndex(k => k.AccountId);
            e.Property(k => k.SecretHash).HasMaxLength(32);
            e.Property(k => k.Name).HasMaxLength(ApiKey.NameMaxLength);
            e.Property(k => k.Prefix).HasMaxLength(Secrets.PrefixLength);
            e.Property(k => k.Role).HasConversion<string>().HasMaxLength(10);
            e.Property(k => k.CreatedBy).HasMaxLength(Actors.MaxLength);
            e.Property(k => k.UpdatedBy).HasMaxLength(Actors.MaxLength);
        });
        modelBuilder.Entity<ScimDirectory>(e =>
        {
            e.ToTable(ModelBuilderConventions.Table(Schema, "ScimDirectories"));
            e.HasIndex(d => d.AccountId);
            e.Property(d => d.Name).HasMaxLength(ScimDirectory.NameMaxLength);
            e.Property(d => d.Provider).HasConversion<string>().HasMaxLength(20);
            e.Property(d => d.CreatedBy).HasMaxLength(100);
            e.Property(d => d.UpdatedBy).HasMaxLength(100);
        });
        modelBuilder.Entity<ScimToken>(e =>
        {
            e.ToTable(ModelBuilderConventions.Table(Schema, "ScimTokens"));
            e.HasIndex(t => t.DirectoryId);
            e.Property(t => t.SecretHash).HasMaxLength(32);
            e.Property(t => t.Prefix).HasMaxLength(Secrets.PrefixLength);
            e.Property(t => t.CreatedBy).HasMaxLength(Actors.MaxLength);
            e.Property(t => t.UpdatedBy).HasMaxLength(Actors.MaxLength);
            e.Property(t => t.Name).HasMaxLength(ScimToken.NameMaxLength);
        });
        modelBuilder.Entity<ScimDirectoryHealth>(e =>
        {
            e.ToTable(ModelBuilderConventions.Table(Schema, "ScimDirectoryHealth"));
            e.HasKey(h => h.DirectoryId);
            e.HasIndex(h => h.Status);
            e.Property(h => h.Status).HasMaxLength(ScimDirectoryHealth.StatusMax);
            e.Property(h => h.LastFailureReason).HasMaxLength(ScimDirectoryHealth.ReasonMax);
        });
        modelBuilder.Entity<ScimTrafficBucket>(e =>
        {
            e.ToTable(ModelBuilderConventions.Table(Schema, "ScimTrafficBuckets"));
            e.HasKey(b => new { b.DirectoryId, b.Minutes, b.Start });
            e.HasIndex(b => new { b.Minutes, b.Start });
        });
        UserModel.Configure(modelBuilder.Entity<User>(), Schema, IsSqlServer);
        GroupModel.Configure(modelBuilder, Schema);
        UserLicenseCopyModel.Configure(modelBuilder, Schema);
    }
}
