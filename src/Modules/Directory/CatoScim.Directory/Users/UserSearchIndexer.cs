using CatoScim.Directory.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CatoScim.Directory.Users;

/// <summary>
/// Takes the users the triggers queued into the trigram search index (SQLite only), a batch per transaction: FTS5 writes
/// a segment per transaction, so a batch costs about what one user did inside its SCIM create, and a batch of 200 holds SQLite's write lock for a few milliseconds. The interval is an
/// infrastructure cadence like the WAL checkpointer's, not product time; a search never waits for it.
/// </summary>
internal sealed class UserSearchIndexer(IServiceScopeFactory scopes, ILogger<UserSearchIndexer> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);
    private const int Batch = 200;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            // SQL Server has no trigram index to keep.
            if (!scope.ServiceProvider.GetRequiredService<DirectoryDbContext>().Database.IsSqlite())
            {
                return;
            }
        }

        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    while (await IndexBatchAsync(stoppingToken) == Batch)
                    {
                    }
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    // The queue keeps what was not indexed, and searches read it meanwhile.
                    logger.LogWarning(ex, "Indexing users for search failed; retrying in {Interval}", Interval);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Indexes up to one batch of queued users; returns how many were taken from the queue.</summary>
    public async Task<int> IndexBatchAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
        await db.Database.OpenConnectionAsync(ct);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        // BEGIN IMMEDIATE: no writer can queue a user between reading the queue and emptying it.
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        var ids = new List<string>();
        await using (var read = Command(connection, transaction, """SELECT "UserId" FROM "Directory_UserSearchQueue" LIMIT $batch"""))
        {
            read.Parameters.AddWithValue("$batch", Batch);
            await using var reader = await read.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                ids.Add(reader.GetString(0));
            }
        }

        if (ids.Count == 0)
        {
            return 0;
        }

        await using var writer = new UserSearchRowWriter(connection, transaction);
        foreach (var id in ids)
        {
            await writer.ReindexAsync(id, ct);
        }

        await transaction.CommitAsync(ct);
        return ids.Count;
    }

    internal static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
