using CatoScim.Directory.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Directory.Users;

/// <summary>
/// SQLite's trigram index of the searched user columns (Directory_UserSearch, FTS5, kept by triggers: see the
/// UserSearchIndex migration). It only narrows the users to candidates; <see cref="UserSearch"/> still applies its own
/// predicate to them, so a search means exactly what it meant without the index.
/// </summary>
internal sealed class UserSearchIndex(DirectoryDbContext db)
{
    // The trigram tokenizer matches no phrase shorter than three characters (sqlite.org/fts5.html, 4.3.2).
    private const int MinimumLength = 3;

    /// <summary>The ids of users with <paramref name="term"/> in a searched column, or null when the index cannot tell.</summary>
    public IQueryable<Guid>? Candidates(string term)
    {
        if (term.EnumerateRunes().Take(MinimumLength).Count() < MinimumLength)
        {
            return null;
        }

        // One FTS5 string: a phrase, so the term's characters match as one substring, with its quotes doubled.
        var phrase = $"\"{term.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
        return db.Database.SqlQuery<Guid>(
            $"""SELECT "UserId" AS "Value" FROM "Directory_UserSearch" WHERE "Directory_UserSearch" MATCH {phrase}""");
    }
}
