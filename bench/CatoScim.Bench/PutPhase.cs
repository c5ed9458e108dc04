namespace CatoScim.Bench;

/// <summary>Okta profile push: read the user, then replace it whole with a changed title.</summary>
internal sealed class PutPhase : IBenchPhase
{
    public string Name => "put";

    public bool RequiresCreatedUsers => true;

    public async Task RunAsync(BenchContext context)
    {
        var users = context.Users;
        var getStats = context.Stats("put.get");
        var putStats = context.Stats("put.put");
        var title = $"Staff Engineer {context.RunId}";
        var ct = context.Cancellation;
        await WorkQueue.RunAsync(users.Count, context.Options.Concurrency, async i =>
        {
            var user = users[i];
            var get = await context.Client.GetAsync(ScimPaths.User(user.Id), ct);
            getStats.Record(get, Expect.Status(get, 200));

            var put = await context.Client.PutAsync(ScimPaths.User(user.Id), UserPayloads.User(user, title, user.Id), ct);
            var failure = Expect.Status(put, 200)
                ?? (ScimJson.String(put.Body, "title") == title ? null : "response title was not updated");
            putStats.Record(put, failure);
        }, ct);
    }
}
