using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CatoScim.Host.Tests.GraphQL;

/// <summary>Holds every read of the users table until the request is cancelled, so a timeout is certain to be reached.</summary>
internal sealed class StallUserReads : DbCommandInterceptor
{
    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (command.CommandText.Contains("Directory_Users", StringComparison.Ordinal))
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
        }

        return result;
    }
}
