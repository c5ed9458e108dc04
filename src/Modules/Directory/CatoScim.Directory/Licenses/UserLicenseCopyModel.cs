using CatoScim.Directory.Users;
using CatoScim.ModuleKit.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Directory.Licenses;

internal static class UserLicenseCopyModel
{
    public static void Configure(ModelBuilder modelBuilder, string schema) =>
        modelBuilder.Entity<UserLicenseCopy>(e =>
        {
            e.ToTable(ModelBuilderConventions.Table(schema, "UserLicenses"));
            e.HasKey(l => l.UserId);
            e.Property(l => l.Status).HasMaxLength(UserLicenseCopy.StatusMax);
            // The user list's licence filter: an account's users of one status are one index range.
            e.HasIndex(l => new { l.AccountId, l.Status, l.UserId });
            e.HasOne<User>().WithMany().HasForeignKey(l => l.UserId).OnDelete(DeleteBehavior.Cascade);
        });
}
