using Microsoft.EntityFrameworkCore;

namespace CatoScim.Scim.Tests.Filter.Data;

internal sealed class FilterTestDbContext(DbContextOptions<FilterTestDbContext> options) : DbContext(options)
{
    public DbSet<OracleUser> OracleUsers => Set<OracleUser>();

    public DbSet<TestUser> Users => Set<TestUser>();

    public DbSet<TestGroup> Groups => Set<TestGroup>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OracleUser>().Property(u => u.Id).ValueGeneratedNever();
        modelBuilder.Entity<TestUser>().HasIndex(u => u.UserNameNormalized).IsUnique();
        modelBuilder.Entity<TestMembership>().HasKey(m => new { m.GroupId, m.UserId });
    }
}
