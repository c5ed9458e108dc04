using CatoScim.Host.Tests.Infrastructure;
using CatoScim.ModuleKit.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Host.Tests.Persistence;

/// <summary>
/// A module connection that meets another writer waits through <see cref="SqliteBusyWait"/>'s short polls, not SQLite's
/// 1-2-5-10 ms back-off, and still commits once the lock is free.
/// </summary>
public sealed class SqliteBusyWaitTests
{
    private static readonly TimeSpan Hold = TimeSpan.FromMilliseconds(60);

    [Fact]
    public async Task An_EF_connection_and_a_prepared_session_wait_out_a_held_write_lock_with_the_short_poll_and_commit()
    {
        await using var factory = new CatoScimFactory();
        await factory.CreateAccountAsync("acme");
        var module = factory.Services.GetServices<ModuleDatabase>().First();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
        await db.Database.OpenConnectionAsync();
        var efConnection = (SqliteConnection)db.Database.GetDbConnection();
        await ExecuteAsync(efConnection, "CREATE TABLE IF NOT EXISTS busy_probe (x INTEGER)");

        await AssertWaitsAndCommitsAsync(efConnection, 1);

        var pool = factory.Services.GetRequiredService(typeof(SqlitePreparedPool<>).MakeGenericType(module.ContextType));
        using var session = (SqlitePreparedSession)pool.GetType().GetMethod(nameof(SqlitePreparedPool<DbContext>.Rent))!.Invoke(pool, null)!;
        await AssertWaitsAndCommitsAsync(session.Connection, 2);

        Assert.Equal(2L, await ScalarAsync(efConnection, "SELECT count(*) FROM busy_probe"));
    }

    private static async Task AssertWaitsAndCommitsAsync(SqliteConnection waiter, int value)
    {
        await using var holder = new SqliteConnection(waiter.ConnectionString);
        await holder.OpenAsync();
        await ExecuteAsync(holder, "BEGIN IMMEDIATE");
        var before = SqliteBusyWait.Counts;

        // The write runs on its own thread: SQLite's busy handler blocks the thread that steps the statement.
        var write = Task.Run(() => ExecuteAsync(waiter, $"INSERT INTO busy_probe VALUES ({value})"));
        await Task.Delay(Hold);
        Assert.False(write.IsCompleted);
        await ExecuteAsync(holder, "COMMIT");
        await write.WaitAsync(TimeSpan.FromSeconds(10));

        var after = SqliteBusyWait.Counts;
        Assert.True(after.Waits > before.Waits);
        // SQLite's own handler would have slept 1, 2, 5, 10, 15 and 20 ms: six tries in 60 ms, none of them counted here.
        Assert.True(after.Polls - before.Polls >= 20, $"{after.Polls - before.Polls} polls while the lock was held for {Hold.TotalMilliseconds} ms");
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
