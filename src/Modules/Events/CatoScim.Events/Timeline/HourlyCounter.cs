using System.Text;
using CatoScim.Events.Persistence;
using CatoScim.ModuleKit.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Events.Timeline;

/// <summary>
/// Moves the hourly counters by deltas inside the caller's transaction. Each key is one atomic `Count = Count + n`
/// upsert, never read-modify-write, so consumers committing at once on either provider add up correctly.
/// </summary>
internal static class HourlyCounter
{
    // 6 parameters a key; SQL Server takes at most 2100 a command.
    private const int KeysPerCommand = 200;

    public static async Task ApplyAsync(EventsDbContext db, IEnumerable<HourlyDelta> deltas, CancellationToken ct)
    {
        var combined = HourlyDelta.Combine(deltas);
        if (combined.Count == 0)
        {
            return;
        }

        var sqlServer = db.Database.UsesSqlServer();
        foreach (var chunk in combined.Chunk(KeysPerCommand))
        {
            var values = new List<object>(chunk.Length * 6);
            foreach (var d in chunk)
            {
                values.AddRange([d.AccountId, d.HourStart, d.DirectoryId, d.Action.ToString(), d.Operation, d.Delta]);
            }

            await db.Database.ExecuteSqlRawAsync(sqlServer ? SqlServerUpsert(chunk.Length) : SqliteUpsert(chunk.Length), values, ct);
        }

        if (combined.Any(d => d.Delta < 0))
        {
            // A counter brought to zero is removed, so the table holds only hours that still have events.
            var (first, last) = (combined.Min(d => d.HourStart), combined.Max(d => d.HourStart));
            await db.HourlyCounts.Where(c => c.HourStart >= first && c.HourStart <= last && c.Count <= 0).ExecuteDeleteAsync(ct);
        }
    }

    private static string SqliteUpsert(int keys) => $"""
        INSERT INTO "Events_HourlyCounts" ("AccountId", "HourStart", "DirectoryId", "Action", "Operation", "Count")
        VALUES {Rows(keys)}
        ON CONFLICT ("AccountId", "HourStart", "DirectoryId", "Action", "Operation") DO UPDATE SET "Count" = "Count" + excluded."Count";
        """;

    // HOLDLOCK keeps the key range locked from the match to the insert, so two sessions adding a new key cannot both insert it.
    private static string SqlServerUpsert(int keys) => $"""
        MERGE [events].[Events_HourlyCounts] WITH (HOLDLOCK) AS t
        USING (VALUES {Rows(keys)}) AS s ([AccountId], [HourStart], [DirectoryId], [Action], [Operation], [Count])
        ON t.[AccountId] = s.[AccountId] AND t.[HourStart] = s.[HourStart] AND t.[DirectoryId] = s.[DirectoryId]
            AND t.[Action] = s.[Action] AND t.[Operation] = s.[Operation]
        WHEN MATCHED THEN UPDATE SET t.[Count] = t.[Count] + s.[Count]
        WHEN NOT MATCHED THEN INSERT ([AccountId], [HourStart], [DirectoryId], [Action], [Operation], [Count])
            VALUES (s.[AccountId], s.[HourStart], s.[DirectoryId], s.[Action], s.[Operation], s.[Count]);
        """;

    private static string Rows(int keys)
    {
        var sql = new StringBuilder();
        for (var i = 0; i < keys; i++)
        {
            var p = i * 6;
            sql.Append(i == 0 ? "" : ", ").Append($"({{{p}}}, {{{p + 1}}}, {{{p + 2}}}, {{{p + 3}}}, {{{p + 4}}}, {{{p + 5}}})");
        }

        return sql.ToString();
    }
}
