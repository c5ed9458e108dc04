using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CatoScim.Host.Tests.Infrastructure;

/// <summary>
/// Records every query a context sends, with its parameters as bound, so a test can ask SQLite for the plan of exactly
/// what a request ran (EXPLAIN QUERY PLAN on the same database file).
/// </summary>
public sealed class SqlPlanRecorder : DbCommandInterceptor
{
    private readonly ConcurrentQueue<RecordedQuery> _queries = new();

    public IReadOnlyList<RecordedQuery> Queries => [.. _queries];

    public void Clear() => _queries.Clear();

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        _queries.Enqueue(new RecordedQuery(command.Connection!.ConnectionString, command.CommandText,
            [.. command.Parameters.Cast<SqliteParameter>().Select(p => (p.ParameterName, p.SqliteType, p.Value))]));
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public sealed record RecordedQuery(string ConnectionString, string Sql, IReadOnlyList<(string Name, SqliteType Type, object? Value)> Parameters)
    {
        /// <summary>SQLite's plan for the query, its steps joined with " | ".</summary>
        public async Task<string> PlanAsync()
        {
            await using var connection = new SqliteConnection(ConnectionString);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "EXPLAIN QUERY PLAN " + Sql;
            foreach (var (name, type, value) in Parameters)
            {
                command.Parameters.Add(new SqliteParameter(name, type) { Value = value });
            }

            var plan = new List<string>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(3));
            }

            return string.Join(" | ", plan);
        }
    }
}
