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
/// inside a request every ~10,000 frames (38 ms, once every ~525 creates); passes repeat until the copy catches up.
/// </summary>
internal sealed class SqliteCheckpointer(string module, string connectionString, ILogger<SqliteCheckpointer> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    // Each pass copies what the writer added during the one before, so a few passes reach the end of the log.
    private const int MaxPasses = 8;

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
            for (var pass = 0; pass < MaxPasses && !CaughtUp(command); pass++)
            {
            }
        }
        catch (SqliteException ex)
        {
            logger.LogWarning(ex, "WAL checkpoint of module {Module} failed; the next one retries", module);
        }
    }

    // The pragma answers (busy, frames in the WAL, frames copied back).
    private static bool CaughtUp(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        return !reader.Read() || reader.GetInt64(1) <= reader.GetInt64(2);
    }
}
