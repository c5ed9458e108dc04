using CatoScim.Directory.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Directory.Users;

/// <summary>
/// SQLite's trigram index of the searched user columns (Directory_UserSearch, FTS5; see the UserSearchIndex migration).
/// It only narrows the users to candidates: those the index matches and those queued for <see cref="UserSearchIndexer"/>
/// (their index rows may be stale), and <see cref="UserSearch"/> still applies its own predicate to them, so a search
/// means exactly what it meant without the index, even right after a write.
/// </summary>
internal sealed class UserSearchIndex(DirectoryDbContext db)
{
    // The trigram tokenizer matches no phrase shorter than three characters (sqlite.org/fts5.html, 4.3.2).
    private const int MinimumLength = 3;

    // Reading candidates by key costs about 10 µs each at 100,000 users, one pass over the list index about 50 ms: past
    // a few thousand candidates (a domain, a common syllable) the pass is cheaper, and its page stops early anyway.
    private const int MostCandidates = 2000;

    /// <summary>The account's users with <paramref name="term"/> in a searched column, or null when a scan is the better way.</summary>
    public async Task<IQueryable<User>?> CandidatesAsync(Guid accountId, string term, CancellationToken ct)
    {
        // A NUL matches nobody (UserSearch), so it never reaches FTS5's query parser.
        if (term.EnumerateRunes().Take(MinimumLength).Count() < MinimumLength || term.Contains('\0', StringComparison.Ordinal))
        {
            return null;
        }

        // One FTS5 string: a phrase, so the term's characters match as one substring, with its quotes doubled.
        var phrase = $"\"{term.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
        var ids = db.Database.SqlQuery<Guid>($"""
            SELECT "UserId" AS "Value" FROM "Directory_UserSearch" WHERE "Directory_UserSearch" MATCH {phrase} AND "AccountId" = {accountId}
            UNION
            SELECT q."UserId" FROM "Directory_UserSearchQueue" AS q CROSS JOIN "Directory_Users" AS u ON u."Id" = q."UserId" WHERE u."AccountId" = {accountId}
            """);
        if (await ids.Take(MostCandidates + 1).CountAsync(ct) > MostCandidates)
        {
            return null;
        }

        // CROSS JOIN keeps SQLite's join order: the short queue drives, rather than the account's users. The account is
        // tested in the index, not on the users: SQLite, without statistics, would otherwise walk the
        // account's list index and probe every entry instead of reading the candidates by key.
        return db.Users.AsNoTracking().Where(u => ids.Contains(u.Id));
    }
}
