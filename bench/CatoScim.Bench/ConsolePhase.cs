namespace CatoScim.Bench;

/// <summary>
/// Times the console's own GraphQL requests against an account filled beforehand (the Host's `seed-demo` verb): one
/// row per screen request, `--console-warmup` unmeasured rounds, then `--iterations` measured rounds. Each round sends
/// every case once, so a slow minute of a shared machine is spread over all rows instead of landing on one.
/// </summary>
internal sealed class ConsolePhase : IBenchPhase
{
    public string Name => "console";

    public bool RequiresCreatedUsers => false;

    public bool UsesScim => false;

    public async Task RunAsync(BenchContext context)
    {
        var client = context.ConsoleApi ?? throw new InvalidOperationException("the console phase needs --url, --api-key and --account");
        var ct = context.Cancellation;
        ConsoleTargets targets;
        try
        {
            targets = await ConsoleDiscovery.RunAsync(client, context.Options.AccountId!, ct);
        }
        catch (GraphQlException ex)
        {
            context.Stats("console.discovery").RecordFailure(ex.Message);
            return;
        }

        await Console.Error.WriteLineAsync($"console: {targets.UserTotal} users, {targets.DirectoryIds.Count} directories; "
            + $"{context.Options.ConsoleWarmup} warm-up and {context.Options.Iterations} measured rounds");
        var cases = ConsoleCases.Build(targets);
        for (var round = 0; round < context.Options.ConsoleWarmup; round++)
        {
            foreach (var c in cases)
            {
                await client.SendAsync(c, ct);
            }
        }

        var stats = cases.Select(c => context.Stats($"console.{c.Row}")).ToList();
        for (var round = 0; round < context.Options.Iterations; round++)
        {
            for (var i = 0; i < cases.Count; i++)
            {
                var response = await client.SendAsync(cases[i], ct);
                stats[i].Record(response, ConsoleClient.Failure(response));
            }
        }
    }
}
