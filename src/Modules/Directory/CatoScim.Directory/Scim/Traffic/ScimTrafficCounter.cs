using System.Collections.Concurrent;

namespace CatoScim.Directory.Scim.Traffic;

/// <summary>
/// Every request outcome of every directory, counted in memory so that keeping health current costs a request one
/// dictionary lookup and a few interlocked operations, never a database write. Only directories that exist get an
/// entry (the gate has found their credentials), at most <see cref="MaxDirectories"/>; an entry idle for
/// <see cref="IdleFlushesBeforeDrop"/> flushes is dropped.
/// </summary>
internal sealed class ScimTrafficCounter
{
    public const int MaxDirectories = 100_000;
    public const int IdleFlushesBeforeDrop = 8;

    private readonly ConcurrentDictionary<Guid, DirectoryTraffic> _directories = new();
    private int _held;

    /// <returns>Null when the bound is reached; that directory's outcomes then go uncounted.</returns>
    public DirectoryTraffic? For(Guid accountId, Guid directoryId)
    {
        if (_directories.TryGetValue(directoryId, out var traffic))
        {
            return traffic;
        }

        if (Interlocked.Increment(ref _held) > MaxDirectories)
        {
            Interlocked.Decrement(ref _held);
            return null;
        }

        var created = new DirectoryTraffic(accountId);
        traffic = _directories.GetOrAdd(directoryId, created);
        if (!ReferenceEquals(traffic, created))
        {
            Interlocked.Decrement(ref _held);
        }

        return traffic;
    }

    /// <summary>Takes what every directory added since the last call; drops entries that stayed idle.</summary>
    public List<TrafficDelta> Take()
    {
        var deltas = new List<TrafficDelta>();
        foreach (var (directoryId, traffic) in _directories)
        {
            var delta = traffic.Take(directoryId);
            if (!delta.IsEmpty)
            {
                traffic.IdleFlushes = 0;
                deltas.Add(delta);
            }
            else if (++traffic.IdleFlushes >= IdleFlushesBeforeDrop && _directories.TryRemove(directoryId, out _))
            {
                Interlocked.Decrement(ref _held);
            }
        }

        return deltas;
    }

    public void Restore(IEnumerable<TrafficDelta> deltas)
    {
        foreach (var delta in deltas)
        {
            For(delta.AccountId, delta.DirectoryId)?.Restore(delta);
        }
    }
}
