namespace CatoScim.Bench;

/// <summary>Runs the warm-up and the selected phases in order, measuring each phase's CPU.</summary>
internal static class PhaseRunner
{
    /// <summary>0 when all phases ran, else the exit code of what stopped them; results so far are reported either way.</summary>
    public static async Task<int> RunAsync(BenchContext context, PhaseCpuMeter meter)
    {
        var ct = context.Cancellation;
        try
        {
            var phases = PhaseCatalog.Select(context.Options.Phases);
            if (phases.Any(p => p.UsesScim))
            {
                await Warmup.RunAsync(context, context.Options.Warmup);
            }

            foreach (var phase in phases)
            {
                await Console.Error.WriteLineAsync($"phase {phase.Name}...");
                await meter.StartAsync(ct);
                var rowsBefore = context.AllStats().Count;
                var requestsBefore = context.RequestsSent;
                await phase.RunAsync(context);
                var cpu = await meter.StopAsync(phase.Name, context.RequestsSent - requestsBefore, ct);
                // Rows are appended in the order phases first touch them, so the new ones are this phase's.
                foreach (var row in context.AllStats().Skip(rowsBefore))
                {
                    row.Cpu = cpu;
                }
            }

            return 0;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync("interrupted; reporting what was measured");
            return 130;
        }
        catch (ServerUnreachableException ex)
        {
            await Console.Error.WriteLineAsync($"aborted: {ex.Message}");
            return 1;
        }
    }
}
