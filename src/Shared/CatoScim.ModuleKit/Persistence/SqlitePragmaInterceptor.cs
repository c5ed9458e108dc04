using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CatoScim.ModuleKit.Persistence;

/// <summary>
/// WAL lets readers run beside the single writer; synchronous=NORMAL is the documented safe pairing with WAL
/// (a commit survives a process crash; only an OS crash can lose the last transactions). Checkpoints run in the
/// background (<see cref="SqliteCheckpointer"/>). Pragmas are per physical
/// connection, so they run once per pooled handle, not on every logical open.
/// </summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    public static readonly SqlitePragmaInterceptor Instance = new();

    /// <summary>Checkpoints belong to <see cref="SqliteCheckpointer"/>; a commit does one only if the WAL reaches ~40 MB.</summary>
    public const int SafetyNetCheckpointPages = 10_000;
    private static readonly ConditionalWeakTable<object, object> Configured = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle } && !Configured.TryAdd(handle, handle))
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000; PRAGMA wal_autocheckpoint={SafetyNetCheckpointPages};";
        command.ExecuteNonQuery();
    }
}
