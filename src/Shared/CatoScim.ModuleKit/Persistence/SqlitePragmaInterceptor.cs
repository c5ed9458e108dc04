using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CatoScim.ModuleKit.Persistence;

/// <summary>
/// WAL lets readers run beside the single writer. synchronous=FULL by default: with WAL it syncs the log on every
/// commit, so an acknowledged SCIM write survives an OS crash; NORMAL (opt-in, <see cref="SqliteSynchronous"/>)
/// survives only a process crash. A writer that meets another waits through <see cref="SqliteBusyWait"/>. Checkpoints
/// run in the background (<see cref="SqliteCheckpointer"/>). Pragmas are per physical connection, so they run once per
/// pooled handle, not on every logical open.
/// </summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    /// <summary>Checkpoints belong to <see cref="SqliteCheckpointer"/>; a commit does one only if the WAL reaches ~40 MB.</summary>
    public const int SafetyNetCheckpointPages = 10_000;

    private static readonly ConcurrentDictionary<(SqliteSynchronous Synchronous, int CacheKiB), SqlitePragmaInterceptor> Instances = new();
    private readonly ConditionalWeakTable<object, object> _configured = new();
    private readonly string _pragmas;

    private SqlitePragmaInterceptor(string pragmas) => _pragmas = pragmas;

    // temp_store=MEMORY: a statement journal that passes 64 KiB (a multi-row write in a transaction that already changed
    // those pages) otherwise becomes a file in /var/tmp, created, unlinked and closed again about 35 times a second
    // during an import (strace: stack through subjournalPageIfRequired). Its size is bounded by the transaction's.
    internal static string PragmasFor(SqliteSynchronous synchronous, int cacheKiB) =>
        $"PRAGMA synchronous={synchronous.ToString().ToUpperInvariant()}; PRAGMA busy_timeout=30000; " +
        $"PRAGMA wal_autocheckpoint={SafetyNetCheckpointPages}; PRAGMA cache_size=-{cacheKiB}; PRAGMA temp_store=MEMORY;";

    // One instance per setting, as the two static ones were: options built again and again (tests) share it.
    public static SqlitePragmaInterceptor For(SqliteSynchronous synchronous, int cacheKiB = DatabaseSettings.DefaultSqliteCacheKiB) =>
        Instances.GetOrAdd((synchronous, cacheKiB), key => new SqlitePragmaInterceptor(PragmasFor(key.Synchronous, key.CacheKiB)));

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private void Apply(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle } && !_configured.TryAdd(handle, handle))
        {
            return;
        }

        using (var command = connection.CreateCommand())
        {
            command.CommandText = _pragmas;
            command.ExecuteNonQuery();
        }

        if (connection is SqliteConnection sqlite)
        {
            SqliteBusyWait.TryInstall(sqlite);
        }
    }
}
