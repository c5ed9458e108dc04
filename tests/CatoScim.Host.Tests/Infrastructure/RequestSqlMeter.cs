using System.Collections.Concurrent;
using System.Data.Common;
using CatoScim.Directory.Persistence;
using CatoScim.ModuleKit.Persistence;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Host.Tests.Infrastructure;

/// <summary>
/// Counts the SQL commands and the rows read while serving requests that carry the <see cref="Header"/> header,
/// per header value: a deterministic measure of what a request costs the database (the outbox dispatcher's
/// polling, which runs on the same context type, carries no header and is not counted).
/// </summary>
public sealed class RequestSqlMeter(IHttpContextAccessor http) : DbCommandInterceptor, ISqlCommandObserver
{
    public const string Header = "X-Test-Sql-Meter";

    private readonly ConcurrentDictionary<string, SqlCost> _costs = new();

    public SqlCost this[string label] => _costs.GetValueOrDefault(label, new SqlCost(0, 0));

    /// <summary>Meters the Directory module's EF commands and its prepared statements in a test host.</summary>
    public static void AddTo(IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton<RequestSqlMeter>();
        services.AddSingleton<ISqlCommandObserver>(sp => sp.GetRequiredService<RequestSqlMeter>());
        services.ConfigureDbContext<DirectorySqliteDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<RequestSqlMeter>()));
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Count(commands: 1, rows: 0);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Count(commands: 1, rows: 0);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Count(commands: 1, rows: 0);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        Count(commands: 0, rows: eventData.ReadCount);
        return base.DataReaderDisposing(command, eventData, result);
    }

    /// <summary>Statements of the prepared SQLite path, which EF interceptors do not see.</summary>
    public void Executed(int rowsRead) => Count(commands: 1, rows: rowsRead);

    private void Count(int commands, int rows)
    {
        if (http.HttpContext?.Request.Headers[Header].ToString() is { Length: > 0 } label)
        {
            _costs.AddOrUpdate(label, new SqlCost(commands, rows), (_, c) => new SqlCost(c.Commands + commands, c.RowsRead + rows));
        }
    }
}
