using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CatoScim.ModuleKit.Persistence;

/// <summary>
/// WAL lets readers run beside the single writer; synchronous=NORMAL is the documented safe pairing with WAL
/// (a commit survives a process crash; only an OS crash can lose the last transactions).
/// </summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    public static readonly SqlitePragmaInterceptor Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000;";
        command.ExecuteNonQuery();
    }
}
