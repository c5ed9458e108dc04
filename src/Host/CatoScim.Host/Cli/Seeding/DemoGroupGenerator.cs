using CatoScim.ModuleKit.Seeding;

namespace CatoScim.Host.Cli.Seeding;

/// <summary>
/// Groups whose sizes fall off like real ones (a few all-staff groups, many small teams): the size of the group of rank r
/// is proportional to 1/r^1.1, scaled so that memberships add up to about two per user. Each group draws its members from
/// its own directory's users (a group made by hand, from anyone).
/// </summary>
internal static class DemoGroupGenerator
{
    private const int MembershipsPerUser = 2;

    public static List<DemoGroup> Generate(DemoSpec spec, IReadOnlyList<DemoDirectory> directories, IReadOnlyList<DemoUser> users, Random random,
        DateTime start, DateTime now)
    {
        var everyone = users.Select(u => u.Id).ToArray();
        var byDirectory = users.Where(u => u.DirectoryId is not null).GroupBy(u => u.DirectoryId!.Value)
            .ToDictionary(g => g.Key, g => g.Select(u => u.Id).ToArray());
        var weights = Enumerable.Range(1, spec.Groups).Select(rank => 1 / Math.Pow(rank, 1.1)).ToArray();
        var scale = weights.Length == 0 ? 0 : MembershipsPerUser * users.Count / weights.Sum();
        // Ranks are dealt out at random, so the big groups land in any directory.
        var ranks = Enumerable.Range(0, spec.Groups).ToArray();
        random.Shuffle(ranks);
        var names = new DemoGroupNames(spec.Tag);
        var groups = new List<DemoGroup>(spec.Groups);
        for (var i = 0; i < spec.Groups; i++)
        {
            var directory = DemoUserGenerator.Directory(directories, random);
            var pool = directory is null ? everyone : byDirectory.GetValueOrDefault(directory.Id, []);
            var size = Math.Min(pool.Length, (int)Math.Round(weights[ranks[i]] * scale));
            // Most groups exist from the first import; later ones arrive over the month.
            var created = random.Next(4) == 0 ? start.AddTicks((long)(random.NextDouble() * (now - start).Ticks)) : start.AddMinutes(random.Next(120));
            groups.Add(new DemoGroup(Guid.CreateVersion7(new DateTimeOffset(created)), directory?.Id, names.Next(random),
                directory is null ? null : DemoUserGenerator.ExternalId(directory, "00g", random), created, Sample(pool, size, random)));
        }

        return groups;
    }

    /// <summary>`size` distinct ids of `pool`: a partial shuffle for a large share, rejection sampling for a small one.</summary>
    private static Guid[] Sample(Guid[] pool, int size, Random random)
    {
        if (size * 3 > pool.Length)
        {
            var copy = (Guid[])pool.Clone();
            for (var i = 0; i < size; i++)
            {
                var j = random.Next(i, copy.Length);
                (copy[i], copy[j]) = (copy[j], copy[i]);
            }

            return copy[..size];
        }

        var picked = new HashSet<int>();
        while (picked.Count < size)
        {
            picked.Add(random.Next(pool.Length));
        }

        return [.. picked.Select(i => pool[i])];
    }
}
