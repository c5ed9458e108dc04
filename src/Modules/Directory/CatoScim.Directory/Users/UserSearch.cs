using Microsoft.EntityFrameworkCore;

namespace CatoScim.Directory.Users;

/// <summary>
/// The list's search: a case-insensitive substring of userName, email, givenName, familyName or displayName. A substring
/// cannot seek an index, so it is made to read only the list index (IX_Directory_Users_AdminList), never the wide user
/// rows: on SQLite the name columns are matched with LIKE, whose ASCII-only case folding is exactly what upper() gave
/// (SQLite does not read generated columns from an index); on SQL Server the upper-cased computed columns the index
/// includes are matched, so the search stays case-insensitive whatever the columns' collation. On SQLite the users may
/// already be the trigram index's candidates (<see cref="UserSearchIndex"/>), whose case folding is wider than both, so
/// the predicate below decides among them.
/// </summary>
internal static class UserSearch
{
    public static IQueryable<User> Apply(IQueryable<User> users, string search, bool isSqlite)
    {
        var term = Term(search)!;
        if (term.Contains('\0', StringComparison.Ordinal))
        {
            // SQLite's instr and LIKE stop at a NUL and would match on the term's first part alone.
            return users.Where(_ => false);
        }

        if (!isSqlite)
        {
            return users.Where(u =>
                u.UserNameNormalized.Contains(term)
                || (u.EmailNormalized != null && u.EmailNormalized.Contains(term))
                || (u.GivenNameUpper != null && u.GivenNameUpper.Contains(term))
                || (u.FamilyNameUpper != null && u.FamilyNameUpper.Contains(term))
                || (u.DisplayNameUpper != null && u.DisplayNameUpper.Contains(term)));
        }

        var pattern = $"%{term.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal)}%";
        return users.Where(u =>
            u.UserNameNormalized.Contains(term)
            || (u.EmailNormalized != null && u.EmailNormalized.Contains(term))
            || EF.Functions.Like(u.GivenName, pattern, "\\")
            || EF.Functions.Like(u.FamilyName, pattern, "\\")
            || EF.Functions.Like(u.DisplayName, pattern, "\\"));
    }

    /// <summary>The term as the normalized columns hold values (ToUpperInvariant), or null for no search.</summary>
    public static string? Term(string? search) => string.IsNullOrWhiteSpace(search) ? null : search.Trim().ToUpperInvariant();
}
