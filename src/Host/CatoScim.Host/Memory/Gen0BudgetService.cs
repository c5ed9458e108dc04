using Microsoft.Extensions.Options;

namespace CatoScim.Host.Memory;

/// <summary>Checks the <see cref="Gen0Budget"/> ten times a second; a gen0 collection of a small live set takes well under a millisecond.</summary>
internal sealed class Gen0BudgetService(IOptions<MemoryOptions> options) : BackgroundService
{
    private static readonly TimeSpan Period = TimeSpan.FromMilliseconds(100);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var budgetMiB = options.Value.Gen0BudgetMiB;
        if (budgetMiB <= 0)
        {
            return;
        }

        var budget = new Gen0Budget(budgetMiB * 1024L * 1024L);
        // The machine's clock, as for IdleReleaseService: a product clock moved by days would run every tick in between.
        using var timer = new PeriodicTimer(Period);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                budget.Enforce();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
