using CatoScim.ModuleKit.Seeding;

namespace CatoScim.Events.Seeding;

/// <summary>
/// Which events a demo account has had: one creation per user and group (while the total allows), then a mix weighted
/// like a live IdP connection (mostly updates, some membership pushes, licence changes, deactivations, failed and
/// refused requests), each after its subject exists and mostly in working hours, oldest first.
/// </summary>
internal static class DemoEventPlanner
{
    private static readonly (DemoEventKind Kind, int Weight)[] Mix =
    [
        (DemoEventKind.UserUpdated, 500), (DemoEventKind.GroupMembersAdded, 100), (DemoEventKind.GroupMembersRemoved, 30),
        (DemoEventKind.LicenseAssigned, 80), (DemoEventKind.LicenseReleased, 20), (DemoEventKind.UserDeactivated, 50),
        (DemoEventKind.UserReactivated, 10), (DemoEventKind.RequestFailed, 80), (DemoEventKind.RequestsRefused, 10),
        (DemoEventKind.PoolExhausted, 2),
    ];

    public static DemoEventPlan[] Plan(DemoDataset data, Random random)
    {
        var plans = new DemoEventPlan[data.Events];
        var n = 0;
        for (var i = 0; i < data.Users.Count && n < plans.Length; i++)
        {
            plans[n++] = new DemoEventPlan(data.Users[i].CreatedAt.Ticks, DemoEventKind.UserCreated, i, 0);
        }

        for (var i = 0; i < data.Groups.Count && n < plans.Length; i++)
        {
            plans[n++] = new DemoEventPlan(data.Groups[i].CreatedAt.Ticks, DemoEventKind.GroupCreated, i, 0);
        }

        var subjects = new DemoEventSubjects(data);
        var totalWeight = Mix.Sum(m => m.Weight);
        for (var misses = 0; n < plans.Length && misses < 1000;)
        {
            var kind = Pick(random.Next(totalWeight));
            if (subjects.Choose(kind, random) is { } subject)
            {
                plans[n++] = new DemoEventPlan(Between(subject.Earliest, data.Now, random).Ticks, kind, subject.Index, random.Next(1000));
                misses = 0;
            }
            else
            {
                // A dataset without users, groups or directories has nothing more to tell.
                misses++;
            }
        }

        Array.Resize(ref plans, n);
        Array.Sort(plans, (a, b) => a.Ticks.CompareTo(b.Ticks));
        return plans;
    }

    private static DemoEventKind Pick(int roll)
    {
        foreach (var (kind, weight) in Mix)
        {
            if ((roll -= weight) < 0)
            {
                return kind;
            }
        }

        return Mix[0].Kind;
    }

    /// <summary>Uniform in [from, to), moved into 08:00-18:00 of its day seven times in ten when that stays in range.</summary>
    private static DateTime Between(DateTime from, DateTime to, Random random)
    {
        var at = from.AddTicks((long)(random.NextDouble() * Math.Max(1, (to - from).Ticks)));
        if (random.Next(10) < 7)
        {
            var office = at.Date.AddHours(8).AddTicks((long)(random.NextDouble() * TimeSpan.FromHours(10).Ticks));
            if (office >= from && office < to)
            {
                return office;
            }
        }

        return at;
    }
}
