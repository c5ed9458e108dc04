using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CatoScim.Host.Tests.Infrastructure;

/// <summary>
/// Records the text of the commands a context sends, to count statements: non-queries (deletes and updates), and
/// every command including readers (a DELETE ... RETURNING reads what it deleted).
/// </summary>
public sealed class SqlCommandLog : DbCommandInterceptor
{
    private readonly ConcurrentQueue<string> _nonQueries = new();
    private readonly ConcurrentQueue<string> _commands = new();

    public IReadOnlyList<string> NonQueries => [.. _nonQueries];

    public IReadOnlyList<string> Commands => [.. _commands];

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        _nonQueries.Enqueue(command.CommandText);
        _commands.Enqueue(command.CommandText);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        _commands.Enqueue(command.CommandText);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}
