namespace CatoScim.Bench;

/// <summary>
/// Unmeasured requests before the first phase: opens every connection and gets JIT and caches warm on
/// both ends, which otherwise puts a several-hundred-ms outlier into the first phase's max and req/s.
/// </summary>
internal static class Warmup
{
    public static async Task RunAsync(BenchContext context, int requests)
    {
        var ct = context.Cancellation;
        var unexpected = 0;
        var firstUnexpected = "";
        await WorkQueue.RunAsync(requests, context.Options.Concurrency, async i =>
        {
            var name = $"bench-{context.RunId}-warmup{i}@example.com";
            var response = await context.Client.GetAsync(ScimPaths.OktaExistenceCheck(name), ct);
            if (response.Status != 200 && Interlocked.Increment(ref unexpected) == 1)
            {
                firstUnexpected = $"HTTP {response.Status}";
            }
        }, ct);

        if (unexpected > 0)
        {
            await Console.Error.WriteLineAsync($"warm-up: {unexpected} of {requests} requests failed (first: {firstUnexpected}); measuring anyway");
        }
    }
}
