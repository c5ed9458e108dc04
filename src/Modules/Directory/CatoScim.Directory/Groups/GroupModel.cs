using CatoScim.Directory.Users;
using CatoScim.ModuleKit.Audit;
using CatoScim.ModuleKit.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Directory.Groups;

internal static class GroupModel
{
    public static void Configure(ModelBuilder modelBuilder, string schema)
    {
        modelBuilder.Entity<Group>(e =>
        {
            e.ToTable(ModelBuilderConventions.Table(schema, "Groups"));
            e.Property(g => g.Origin).HasConversion<string>().HasMaxLength(10);
            e.Property(g => g.DisplayName).HasMaxLength(Group.DisplayNameMax);
            e.Property(g => g.DisplayNameNormalized).HasMaxLength(Group.DisplayNameMax);
            e.Property(g => g.ExternalId).HasMaxLength(Group.ExternalIdMax);
            e.Property(g => g.CreatedBy).HasMaxLength(Actors.MaxLength);
            e.Property(g => g.UpdatedBy).HasMaxLength(Actors.MaxLength);

            // displayName is unique per account whatever its case: Okta links groups by `displayName eq`.
            e.HasIndex(g => new { g.AccountId, g.DisplayNameNormalized }).IsUnique();
            e.HasIndex(g => new { g.DirectoryId, g.Id });
            e.HasIndex(g => new { g.AccountId, g.ExternalId });
            e.HasMany(g => g.Members).WithOne().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<GroupMember>(e =>
        {
            e.ToTable(ModelBuilderConventions.Table(schema, "GroupMembers"));
            e.HasKey(m => new { m.GroupId, m.UserId });

            // A user's `groups` attribute, and the cascade when an admin deletes the user.
            e.HasIndex(m => m.UserId);
            e.HasOne<User>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
