namespace CatoScim.Bench;

/// <summary>
/// Okta group push at scale: grows one group to --group-members members by PATCHes of 100,
/// then shrinks it back the same way. First/last rows show whether PATCH cost grows with group size.
/// </summary>
internal sealed class GroupPushPhase : IBenchPhase
{
    private const int BatchSize = 100;
    private const int ReadSamples = 20;

    public string Name => "groups";

    public bool RequiresCreatedUsers => false;

    public async Task RunAsync(BenchContext context)
    {
        var ct = context.Cancellation;
        var members = await UserProvisioner.CreateAsync(
            context, "g", context.Options.GroupMembers, lookupStats: null, context.Stats("groups.user-post"));

        var createStats = context.Stats("groups.create");
        var created = await context.Client.PostAsync(ScimPaths.Groups, GroupPayloads.NewGroup($"bench-{context.RunId}-group"), ct);
        var groupId = created.Status == 201 ? ScimJson.String(created.Body, "id") : null;
        createStats.Record(created, Expect.Status(created, 201) ?? (groupId is null ? "201 without an id" : null));
        if (groupId is null)
        {
            return;
        }

        var batches = members.Chunk(BatchSize).Select(b => b.Select(u => u.Id).ToArray()).ToArray();
        await PatchAllAsync(context, "groups.add", groupId, batches, GroupPayloads.AddMembers);
        await TimeReadsAsync(context, "full", groupId, members.Count);
        await PatchAllAsync(context, "groups.remove", groupId, batches, GroupPayloads.RemoveMembers);
        await TimeReadsAsync(context, "empty", groupId, 0);
    }

    /// <summary>Sequential on purpose: Okta pushes one group's membership changes in order.</summary>
    private static async Task PatchAllAsync(
        BenchContext context, string name, string groupId, string[][] batches, Func<IEnumerable<string>, string> bodyFor)
    {
        var all = context.Stats(name);
        var first = context.Stats(name + ".first10%");
        var last = context.Stats(name + ".last10%");
        var window = Math.Max(1, batches.Length / 10);
        for (var b = 0; b < batches.Length; b++)
        {
            var response = await context.Client.PatchAsync(ScimPaths.Group(groupId), bodyFor(batches[b]), context.Cancellation);
            var failure = Expect.Status(response, 200, 204);
            all.Record(response, failure);
            if (b < window)
            {
                first.Record(response, failure);
            }

            if (b >= batches.Length - window)
            {
                last.Record(response, failure);
            }
        }
    }

    private static async Task TimeReadsAsync(BenchContext context, string state, string groupId, int expectedMembers)
    {
        var ct = context.Cancellation;
        var list = context.Stats($"groups.list-no-members.{state}");
        var get = context.Stats($"groups.get.{state}");
        for (var i = 0; i < ReadSamples; i++)
        {
            var listed = await context.Client.GetAsync(ScimPaths.GroupsWithoutMembers(), ct);
            list.Record(listed, Expect.Status(listed, 200));

            var fetched = await context.Client.GetAsync(ScimPaths.Group(groupId), ct);
            var count = fetched.Status == 200 ? ScimJson.ArrayLength(fetched.Body, "members") : null;
            // Every member, whatever the group's size: above Scim:MaxMembersRendered they are streamed, never left out.
            get.Record(fetched, Expect.Status(fetched, 200)
                ?? (count == expectedMembers ? null
                    : $"expected {expectedMembers} members, got {count?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}"));
        }
    }
}
