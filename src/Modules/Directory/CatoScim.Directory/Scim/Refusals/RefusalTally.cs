using CatoScim.Directory.Scim.Traffic;

namespace CatoScim.Directory.Scim.Refusals;

/// <summary>The refusals of one <see cref="RefusalKey"/> so far; updated without locks by concurrent requests.</summary>
internal sealed class RefusalTally(Guid accountId, int httpStatus)
{
    private int _count;
    private long _firstTicks = long.MaxValue;
    private long _lastTicks;
    private string _lastRequestId = "";

    public Guid AccountId { get; } = accountId;
    public int HttpStatus { get; } = httpStatus;
    public int Count => Volatile.Read(ref _count);
    public DateTime FirstAt => new(Volatile.Read(ref _firstTicks), DateTimeKind.Utc);
    public DateTime LastAt => new(Volatile.Read(ref _lastTicks), DateTimeKind.Utc);
    public string LastRequestId => Volatile.Read(ref _lastRequestId);

    public void Add(int count, long firstTicks, long lastTicks, string requestId)
    {
        Interlocked.Add(ref _count, count);
        Atomic.Min(ref _firstTicks, firstTicks);
        if (Atomic.Max(ref _lastTicks, lastTicks))
        {
            Volatile.Write(ref _lastRequestId, requestId);
        }
    }
}
