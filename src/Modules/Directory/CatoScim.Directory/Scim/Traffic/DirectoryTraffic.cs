namespace CatoScim.Directory.Scim.Traffic;

/// <summary>
/// One directory's request outcomes since the last flush, updated by concurrent requests with interlocked operations
/// only. The flush takes the counts (exchanging them for zero), so a request that lands during a flush is counted in
/// the next one, never lost and never twice.
/// </summary>
internal sealed class DirectoryTraffic(Guid accountId)
{
    /// <summary>A directory has two active tokens at most; this leaves room for a few recently rotated ones.</summary>
    public const int MaxTokens = 8;

    private int _requests;
    private int _failures;
    private long _firstFailureTicks = long.MaxValue;
    private long _lastSuccessTicks;
    private long _lastFailureTicks;
    private long _lastAuthenticatedTicks;
    private long _writtenSuccessTicks;
    private long _writtenFailureTicks;
    private long _writtenAuthenticatedTicks;
    private string? _lastFailureReason;
    private TokenUse[] _tokens = [];

    public Guid AccountId { get; } = accountId;

    /// <summary>Flushes in a row that found nothing new; an entry idle long enough is dropped.</summary>
    public int IdleFlushes { get; set; }

    public void Authenticated(Guid tokenId, long ticks)
    {
        Atomic.Max(ref _lastAuthenticatedTicks, ticks);
        foreach (var token in Volatile.Read(ref _tokens))
        {
            if (token.TokenId == tokenId)
            {
                token.Used(ticks);
                return;
            }
        }

        AddToken(tokenId).Used(ticks);
    }

    public void Succeeded(long ticks)
    {
        Interlocked.Increment(ref _requests);
        Atomic.Max(ref _lastSuccessTicks, ticks);
    }

    public void Failed(long ticks, string reason)
    {
        Interlocked.Increment(ref _requests);
        Interlocked.Increment(ref _failures);
        Atomic.Min(ref _firstFailureTicks, ticks);
        if (Atomic.Max(ref _lastFailureTicks, ticks))
        {
            Volatile.Write(ref _lastFailureReason, reason);
        }
    }

    public TrafficDelta Take(Guid directoryId)
    {
        var requests = Interlocked.Exchange(ref _requests, 0);
        var failures = Interlocked.Exchange(ref _failures, 0);
        var firstFailure = Interlocked.Exchange(ref _firstFailureTicks, long.MaxValue);
        var tokens = new List<(Guid, DateTime)>();
        foreach (var token in Volatile.Read(ref _tokens))
        {
            if (token.Take() is { } usedAt)
            {
                tokens.Add((token.TokenId, usedAt));
            }
        }

        return new TrafficDelta(AccountId, directoryId, requests, failures, firstFailure == long.MaxValue ? null : At(firstFailure),
            Newer(ref _lastSuccessTicks, ref _writtenSuccessTicks), Newer(ref _lastFailureTicks, ref _writtenFailureTicks),
            Volatile.Read(ref _lastFailureReason), Newer(ref _lastAuthenticatedTicks, ref _writtenAuthenticatedTicks), tokens);
    }

    /// <summary>Gives back a delta that could not be written; the times are merged by maximum, so resending them is harmless.</summary>
    public void Restore(TrafficDelta delta)
    {
        Interlocked.Add(ref _requests, delta.Requests);
        Interlocked.Add(ref _failures, delta.Failures);
        if (delta.FirstFailureAt is { } first)
        {
            Atomic.Min(ref _firstFailureTicks, first.Ticks);
        }

        Interlocked.Exchange(ref _writtenSuccessTicks, 0);
        Interlocked.Exchange(ref _writtenFailureTicks, 0);
        Interlocked.Exchange(ref _writtenAuthenticatedTicks, 0);
        foreach (var token in Volatile.Read(ref _tokens))
        {
            token.Unwrite();
        }
    }

    private static DateTime At(long ticks) => new(ticks, DateTimeKind.Utc);

    private static DateTime? Newer(ref long last, ref long written)
    {
        var value = Volatile.Read(ref last);
        return Interlocked.Exchange(ref written, value) < value ? At(value) : null;
    }

    /// <summary>The first request with a token not seen yet copies the small array; every later one only reads it.</summary>
    private TokenUse AddToken(Guid tokenId)
    {
        while (true)
        {
            var current = Volatile.Read(ref _tokens);
            foreach (var token in current)
            {
                if (token.TokenId == tokenId)
                {
                    return token;
                }
            }

            var added = new TokenUse(tokenId);
            TokenUse[] next = current.Length < MaxTokens ? [.. current, added] : [.. current[1..], added];
            if (Interlocked.CompareExchange(ref _tokens, next, current) == current)
            {
                return added;
            }
        }
    }
}
