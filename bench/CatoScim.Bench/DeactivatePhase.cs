namespace CatoScim.Bench;

/// <summary>Okta deactivation: a PatchOp replacing active with false, no path.</summary>
internal sealed class DeactivatePhase : IBenchPhase
{
    public string Name => "deactivate";

    public bool RequiresCreatedUsers => true;

    public async Task RunAsync(BenchContext context)
    {
        var users = context.Users;
        var stats = context.Stats("deactivate");
        var body = UserPayloads.Deactivate();
        var ct = context.Cancellation;
        await WorkQueue.RunAsync(users.Count, context.Options.Concurrency, async i =>
        {
            var response = await context.Client.PatchAsync(ScimPaths.User(users[i].Id), body, ct);
            var failure = Expect.Status(response, 200)
                ?? (ScimJson.Bool(response.Body, "active") == false ? null : "response active was not false");
            stats.Record(response, failure);
        }, ct);
    }
}
