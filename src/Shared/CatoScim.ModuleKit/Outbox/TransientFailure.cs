using System.Data.Common;
using CatoScim.ModuleKit.Persistence;
using Microsoft.Data.Sqlite;

namespace CatoScim.ModuleKit.Outbox;

/// <summary>
/// Failures of the infrastructure, not of the consumer's logic: a locked or busy database, an unreachable server, a
/// timeout. The message itself is fine, so such a failure never counts toward dead-lettering.
/// </summary>
internal static class TransientFailure
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    /// <summary>
    /// SQL Server errors that a retry can clear: timeouts, deadlock victim, connection and login failures, Azure SQL
    /// throttling and failover (the set EF Core's SqlServerRetryingExecutionStrategy retries, plus 1205).
    /// </summary>
    private static readonly HashSet<int> SqlServerNumbers =
    [
        -2, 20, 64, 121, 233, 1204, 1205, 1222, 4060, 4221, 10053, 10054, 10060, 10928, 10929, 10936, 11001,
        40143, 40197, 40501, 40540, 40613, 41301, 41302, 41305, 41325, 41839, 42108, 42109, 49918, 49919, 49920,
    ];

    public static bool IsTransient(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case SqliteException sqlite when sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked:
                case DbException when SqlServerErrors.AnyNumberIn(current, SqlServerNumbers):
                case TimeoutException:
                case DbException { IsTransient: true }:
                    return true;
            }

            if (current is AggregateException aggregate && aggregate.InnerExceptions.Any(IsTransient))
            {
                return true;
            }
        }

        return false;
    }
}
