namespace CatoScim.Bench;

/// <summary>userName equality filter on existing users, the most frequent Okta read.</summary>
internal sealed class LookupPhase : IBenchPhase
{
    public string Name => "lookup";

    public bool RequiresCreatedUsers => true;

    public async Task RunAsync(BenchContext context)
    {
        var users = context.Users;
        var stats = context.Stats("lookup");
        if (users.Count == 0)
        {
            stats.RecordFailure("no users were created, nothing to look up");
            return;
        }

        var ct = context.Cancellation;
        await WorkQueue.RunAsync(context.Options.Users, context.Options.Concurrency, async i =>
        {
            var user = users[i % users.Count];
            var response = await context.Client.GetAsync(ScimPaths.FilterByUserName(user.UserName), ct);
            stats.Record(response, Expect.Status(response, 200) ?? Expect.SingleResource(response, user.Id));
        }, ct);
    }
}
