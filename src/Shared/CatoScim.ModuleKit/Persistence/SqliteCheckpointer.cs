using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CatoScim.ModuleKit.Persistence;

/// <summary>
/// Copies one module file's WAL back into the database off the request path. SQLite's own auto-checkpoint runs
/// inside whichever commit crosses the threshold and syncs both files there: measured, that put 6–10 ms on one
/// IdP request in a hundred. Request connections keep a far higher threshold only as a safety net.
/// </summary>
internal sealed class SqliteCheckpointer(string module, string connectionString, ILogger<SqliteCheckpointer> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

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
            command.ExecuteNonQuery();
        }
        catch (SqliteException ex)
        {
            logger.LogWarning(ex, "WAL checkpoint of module {Module} failed; the next one retries", module);
        }
    }
}
