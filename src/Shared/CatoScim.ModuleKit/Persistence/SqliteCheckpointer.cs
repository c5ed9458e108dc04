using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CatoScim.ModuleKit.Persistence;

/// <summary>
/// Copies one module file's WAL back into the database off the request path. SQLite's own auto-checkpoint runs
/// inside whichever commit crosses the threshold and syncs both files there: measured, that put 6–10 ms on one
/// IdP request in a hundred. Request connections keep a far higher threshold only as a safety net.
/// The log restarts from its start only when a writer begins after a checkpoint that copied every frame back, so under
/// a steady import one pass per tick never got there (the writer had added frames meanwhile) and the safety net fired
/// inside a request every ~10,000 frames (38 ms, once every ~525 creates); passes now repeat until the copy catches up,
/// and a long log ends with a pass that holds writers off.
/// </summary>
internal sealed class SqliteCheckpointer(string module, string connectionString, ILogger<SqliteCheckpointer> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    // Each pass copies what the writer added during the one before, so a few passes reach the end of the log.
    private const int MaxPasses = 8;

    // About 8 MB of log, a fifth of the request connections' safety net.
    private const int RestartFrames = SqlitePragmaInterceptor.SafetyNetCheckpointPages / 5;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                Checkpoint();
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private void Checkpoint()
    {
        try
        {
            using var connection = new SqliteConnection(connectionString);
            connection.Open();
            using var command = connection.CreateCommand();
            // PASSIVE never waits for readers or the writer, so it cannot delay a request.
            command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
            var (frames, copied) = Run(command);
            for (var pass = 1; pass < MaxPasses && copied < frames; pass++)
            {
                (frames, copied) = Run(command);
            }

            // Under a steady import a request commits between almost every pass and the next, so the log would only
            // restart when the safety net fired inside a request (12-25 ms even after the passes). A long log gets one
            // last pass with writers held off: a few frames and a sync, then the next writer restarts the log.
            if (frames >= RestartFrames)
            {
                // SQLite syncs the database file only in the pass that copies the whole log, the held one here, and
                // that sync flushed every page the passes above had copied: 4-15 ms with writers held off. Flushed
                // first, they leave it the pages of the last few commits.
                if (SqliteDatabaseFile.TrySync(connection))
                {
                    _ = Run(command);
                }

                FinalPass(command);
            }
        }
        catch (SqliteException ex)
        {
            logger.LogWarning(ex, "WAL checkpoint of module {Module} failed; the next one retries", module);
        }
    }

    private void FinalPass(SqliteCommand checkpoint)
    {
        // Unpooled: a connection must never go back to the pool inside the transaction that holds writers off.
        using var writer = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
        writer.Open();
        SqliteBusyWait.TryInstall(writer);
        using var hold = writer.CreateCommand();
        hold.CommandText = "BEGIN IMMEDIATE;";
        hold.ExecuteNonQuery();
        try
        {
            Run(checkpoint);
        }
        finally
        {
            hold.CommandText = "ROLLBACK;";
            hold.ExecuteNonQuery();
        }
    }

    // The pragma answers (blocked, frames in the WAL, frames copied back); not in WAL mode, -1 for both counts.
    private static (long Frames, long Copied) Run(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetInt64(1), reader.GetInt64(2)) : (0, 0);
    }
}
