using CatoScim.ModuleKit.Audit;
using CatoScim.ModuleKit.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CatoScim.Directory.Users;

internal static class UserModel
{
    public static void Configure(EntityTypeBuilder<User> e, string schema)
    {
        e.ToTable(ModelBuilderConventions.Table(schema, "Users"));
        e.Property(u => u.Origin).HasConversion<string>().HasMaxLength(10);
        e.Property(u => u.UserNameNormalized).HasMaxLength(UserFields.UserNameMax);
        e.Property(u => u.EmailNormalized).HasMaxLength(UserFields.EmailMax);
        e.Property(u => u.Version).IsConcurrencyToken();
        e.Property(u => u.CreatedBy).HasMaxLength(Actors.MaxLength);
        e.Property(u => u.UpdatedBy).HasMaxLength(Actors.MaxLength);
        e.Ignore(u => u.Fields);
        e.Property(u => u.UserName).HasMaxLength(UserFields.UserNameMax);
        e.Property(u => u.ExternalId).HasMaxLength(UserFields.ExternalIdMax);
        e.Property(u => u.GivenName).HasMaxLength(UserFields.NameMax);
        e.Property(u => u.FamilyName).HasMaxLength(UserFields.NameMax);
        e.Property(u => u.DisplayName).HasMaxLength(UserFields.DisplayNameMax);
        e.Property(u => u.Email).HasMaxLength(UserFields.EmailMax);
        e.Property(u => u.Phone).HasMaxLength(UserFields.PhoneMax);
        e.Property(u => u.Title).HasMaxLength(UserFields.NameMax);
        e.Property(u => u.Department).HasMaxLength(UserFields.NameMax);
        e.Property(u => u.EmployeeNumber).HasMaxLength(UserFields.ShortMax);
        e.Property(u => u.CostCenter).HasMaxLength(UserFields.ShortMax);
        e.Property(u => u.Organization).HasMaxLength(UserFields.NameMax);
        e.Property(u => u.Division).HasMaxLength(UserFields.NameMax);

        // userName is unique per account whatever its case (RFC 7643 §4.1.1: caseExact false, uniqueness server).
        e.HasIndex(u => new { u.AccountId, u.UserNameNormalized }).IsUnique();
        // SCIM queries are scoped to a directory and ordered by Id for stable paging (Okta pages, Entra matches on
        // externalId). Ending each index with Id serves the filter and the order at once; otherwise SQLite prefers
        // (DirectoryId, Id) to avoid a sort and scans the whole directory.
        e.HasIndex(u => new { u.DirectoryId, u.Id });
        e.HasIndex(u => new { u.DirectoryId, u.ExternalId, u.Id });
        e.HasIndex(u => new { u.DirectoryId, u.EmailNormalized, u.Id });
        // The admin API lists and searches the whole account.
        e.HasIndex(u => new { u.AccountId, u.Id });
    }
}
