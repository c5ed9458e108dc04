using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CatoScim.Host.Tests.Security;

/// <summary>Parks a credential refill after it has read the tokens and before the cache stores them: the race, made certain.</summary>
internal sealed class HoldAfterTokenRead : DbCommandInterceptor
{
    public TaskCompletionSource Read { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override async ValueTask<InterceptionResult> DataReaderClosingAsync(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        if (command.CommandText.Contains("SecretHash", StringComparison.Ordinal))
        {
            Read.TrySetResult();
            await Release.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }

        return result;
    }
}
