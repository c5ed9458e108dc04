using System.Collections.Concurrent;

namespace CatoScim.Directory.Scim.Refusals;

/// <summary>
/// Counts refusals per directory, reason and minute in memory, so that a flood of refused requests costs the
/// database nothing while it lasts and becomes one record per minute afterwards. Only refusals attributed to a real
/// directory get here, and at most <see cref="MaxTallies"/> tallies are held: past that, refusals are dropped and
/// counted in <see cref="Dropped"/> (the metric still sees each one).
/// </summary>
internal sealed class ScimRefusalAggregator
{
    public const int MaxTallies = 10_000;

    private readonly ConcurrentDictionary<RefusalKey, RefusalTally> _tallies = new();
    private int _held;
    private long _dropped;

    public int Held => Volatile.Read(ref _held);

    public long Dropped => Interlocked.Read(ref _dropped);

    public void Add(Guid accountId, Guid directoryId, string reason, int httpStatus, string requestId, DateTime now)
    {
        var key = new RefusalKey(directoryId, reason, RefusalKey.MinuteOf(now));
        if (TallyFor(key, accountId, httpStatus) is { } tally)
        {
            tally.Add(1, now.Ticks, now.Ticks, requestId);
        }
        else
        {
            Interlocked.Increment(ref _dropped);
        }
    }

    /// <summary>Removes and returns the tallies of every minute that ended at or before <paramref name="cutoff"/>.</summary>
    public List<KeyValuePair<RefusalKey, RefusalTally>> TakeEndedBy(DateTime cutoff)
    {
        var taken = new List<KeyValuePair<RefusalKey, RefusalTally>>();
        foreach (var (key, _) in _tallies)
        {
            if (key.MinuteEnd <= cutoff && _tallies.TryRemove(key, out var tally))
            {
                Interlocked.Decrement(ref _held);
                taken.Add(new(key, tally));
            }
        }

        return taken;
    }

    /// <summary>Puts back tallies that could not be published, merged with any that arrived meanwhile.</summary>
    public void Restore(IEnumerable<KeyValuePair<RefusalKey, RefusalTally>> tallies)
    {
        foreach (var (key, tally) in tallies)
        {
            TallyFor(key, tally.AccountId, tally.HttpStatus)?.Add(tally.Count, tally.FirstAt.Ticks, tally.LastAt.Ticks, tally.LastRequestId);
        }
    }

    private RefusalTally? TallyFor(RefusalKey key, Guid accountId, int httpStatus)
    {
        if (_tallies.TryGetValue(key, out var tally))
        {
            return tally;
        }

        if (Interlocked.Increment(ref _held) > MaxTallies)
        {
            Interlocked.Decrement(ref _held);
            return null;
        }

        var created = new RefusalTally(accountId, httpStatus);
        tally = _tallies.GetOrAdd(key, created);
        if (!ReferenceEquals(tally, created))
        {
            Interlocked.Decrement(ref _held);
        }

        return tally;
    }
}
