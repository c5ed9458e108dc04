namespace CatoScim.Bench;

internal static class UserProvisioner
{
    public const string InitialTitle = "Engineer";

    /// <summary>
    /// Creates count users tagged with tag. With lookupStats it first does Okta's
    /// existence check per user; returns the users that got a 201 with an id, in index order.
    /// </summary>
    public static async Task<IReadOnlyList<BenchUser>> CreateAsync(
        BenchContext context, string tag, int count, PhaseStats? lookupStats, PhaseStats postStats)
    {
        var ct = context.Cancellation;
        var created = new BenchUser?[count];
        await WorkQueue.RunAsync(count, context.Options.Concurrency, async i =>
        {
            var user = BenchUser.For(context, tag, i);
            if (lookupStats is not null)
            {
                var lookup = await context.Client.GetAsync(ScimPaths.OktaExistenceCheck(user.UserName), ct);
                lookupStats.Record(lookup, Expect.Status(lookup, 200) ?? Expect.TotalResults(lookup, 0));
            }

            var body = UserPayloads.User(user, InitialTitle);
            var post = await context.Client.PostAsync(ScimPaths.Users, body, ct);
            var id = post.Status == 201 ? ScimJson.String(post.Body, "id") : null;
            postStats.Record(post, Expect.Status(post, 201) ?? (id is null ? "201 without an id" : null));
            if (id is not null)
            {
                created[i] = user with { Id = id };
            }
        }, ct);
        return created.OfType<BenchUser>().ToArray();
    }
}
