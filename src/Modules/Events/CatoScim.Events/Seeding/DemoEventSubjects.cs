using CatoScim.Licensing.Contracts.Seats;
using CatoScim.ModuleKit.Seeding;

namespace CatoScim.Events.Seeding;

/// <summary>Who an event of each kind can be about, so a deactivation names a disabled user and a licence event a licensed one.</summary>
internal sealed class DemoEventSubjects(DemoDataset data)
{
    private readonly int[] _scimUsers = Indexes(data.Users.Count, i => data.Users[i].DirectoryId is not null);
    private readonly int[] _disabled = Indexes(data.Users.Count, i => !data.Users[i].Active);
    private readonly int[] _licensed = Indexes(data.Users.Count, i => data.LicenseStatuses.GetValueOrDefault(data.Users[i].Id) == LicenseStatuses.Assigned);
    private readonly int[] _scimGroups = Indexes(data.Groups.Count, i => data.Groups[i].DirectoryId is not null);

    /// <returns>The subject's index and the earliest time the event can have; null when the dataset has no such subject.</returns>
    public (int Index, DateTime Earliest)? Choose(DemoEventKind kind, Random random) => kind switch
    {
        DemoEventKind.UserDeactivated => User(_disabled.Length > 0 ? _disabled : _scimUsers, random),
        DemoEventKind.LicenseAssigned or DemoEventKind.LicenseReleased => User(_licensed, random, data.Licenses.RulesCreatedAt),
        DemoEventKind.GroupMembersAdded or DemoEventKind.GroupMembersRemoved => Group(random),
        DemoEventKind.RequestFailed => random.Next(5) == 0 ? Group(random) : User(_scimUsers, random),
        DemoEventKind.RequestsRefused => data.Directories.Count == 0 ? null : (random.Next(data.Directories.Count), data.Now.AddDays(-30)),
        DemoEventKind.PoolExhausted => data.LicenseStatuses.ContainsValue(LicenseStatuses.Pending) ? (0, data.Licenses.RulesCreatedAt) : null,
        _ => User(_scimUsers.Length > 0 ? _scimUsers : [.. Enumerable.Range(0, data.Users.Count)], random),
    };

    /// <summary>Group subjects are negative (-1 - index), so a failed request can be about a user or a group.</summary>
    public static bool IsGroup(int subject) => subject < 0;

    public static int GroupIndex(int subject) => -1 - subject;

    private (int, DateTime)? User(int[] pool, Random random, DateTime? notBefore = null)
    {
        if (pool.Length == 0)
        {
            return null;
        }

        var index = pool[random.Next(pool.Length)];
        var created = data.Users[index].CreatedAt;
        return (index, notBefore is { } floor && floor > created ? floor : created);
    }

    private (int, DateTime)? Group(Random random)
    {
        if (_scimGroups.Length == 0)
        {
            return null;
        }

        var index = _scimGroups[random.Next(_scimGroups.Length)];
        return (-1 - index, data.Groups[index].CreatedAt);
    }

    private static int[] Indexes(int count, Func<int, bool> keep) => [.. Enumerable.Range(0, count).Where(keep)];
}
