using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CatoScim.Licensing.Tests.Seats;

/// <summary>Counts SQL commands a context sends, to show cost follows the request rather than the data size.</summary>
internal sealed class CommandCounter : DbCommandInterceptor
{
    public int Commands { get; private set; }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Commands++;
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Commands++;
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Commands++;
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }
}
