using System.Runtime.CompilerServices;
using CatoScim.ModuleKit.Audit;
using CatoScim.ModuleKit.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CatoScim.Directory.Users;

internal static class UserModel
{
    public static void Configure(EntityTypeBuilder<User> e, string schema, bool isSqlServer)
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
        AdminList(e, isSqlServer);
    }

    /// <summary>
    /// The admin list (console Users screen): its NAME order is this index's order, so a page is a range of it and a deep
    /// page skips index entries, not a sort of every user; the filter and search columns ride along, so counting and
    /// searching read the index, not the wide user rows (see <see cref="UserSearch"/>). Upper-casing is the database's own
    /// (as the sort always did), in computed columns that nothing writes.
    /// </summary>
    private static void AdminList(EntityTypeBuilder<User> e, bool isSqlServer)
    {
        e.Property(u => u.FamilyNameUpper).HasMaxLength(UserFields.NameMax).HasComputedColumnSql(Upper("FamilyName", isSqlServer), stored: false);
        e.Property(u => u.GivenNameUpper).HasMaxLength(UserFields.NameMax).HasComputedColumnSql(Upper("GivenName", isSqlServer), stored: false);
        if (isSqlServer)
        {
            e.Property(u => u.DisplayNameUpper).HasMaxLength(UserFields.DisplayNameMax).HasComputedColumnSql(Upper("DisplayName", isSqlServer), stored: false);
        }
        else
        {
            // SQLite's search matches displayName with LIKE on the stored column instead.
            e.Ignore(u => u.DisplayNameUpper);
        }

        var index = isSqlServer
            ? SqlServerAdminListIndex(e)
            // SQLite has no INCLUDE: the filter and search columns as trailing keys, which the order never reaches (Id is
            // unique). They are the stored name columns, since SQLite never reads a generated column from an index.
            : e.HasIndex(u => new
            {
                u.AccountId,
                u.FamilyNameUpper,
                u.GivenNameUpper,
                u.UserNameNormalized,
                u.Id,
                u.Active,
                u.Origin,
                u.DirectoryId,
                u.EmailNormalized,
                u.FamilyName,
                u.GivenName,
                u.DisplayName,
            });
        index.HasDatabaseName("IX_Directory_Users_AdminList");
    }

    /// <summary>
    /// SQL Server keeps the filter and search columns at the leaf, outside the 1,700-byte key limit. Its own method,
    /// never inlined: <c>IncludeProperties</c> is the SQL Server provider's, and the JIT would otherwise load that
    /// assembly into every SQLite deployment when it compiles <see cref="AdminList"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static IndexBuilder<User> SqlServerAdminListIndex(EntityTypeBuilder<User> e) =>
        e.HasIndex(u => new { u.AccountId, u.FamilyNameUpper, u.GivenNameUpper, u.UserNameNormalized, u.Id })
            .IncludeProperties(u => new { u.Active, u.Origin, u.DirectoryId, u.EmailNormalized, u.DisplayNameUpper });

    private static string Upper(string column, bool isSqlServer) => isSqlServer ? $"UPPER([{column}])" : $"upper(\"{column}\")";
}
