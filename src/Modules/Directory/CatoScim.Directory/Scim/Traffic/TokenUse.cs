namespace CatoScim.Directory.Scim.Traffic;

/// <summary>When one token was last used, and what of it has been written already.</summary>
internal sealed class TokenUse(Guid tokenId)
{
    private long _lastUsedTicks;
    private long _writtenTicks;

    public Guid TokenId { get; } = tokenId;

    public void Used(long ticks) => Atomic.Max(ref _lastUsedTicks, ticks);

    /// <summary>The last use if it is newer than what was written, and marks it written.</summary>
    public DateTime? Take()
    {
        var last = Volatile.Read(ref _lastUsedTicks);
        return Interlocked.Exchange(ref _writtenTicks, last) < last ? new DateTime(last, DateTimeKind.Utc) : null;
    }

    public void Unwrite() => Interlocked.Exchange(ref _writtenTicks, 0);
}
