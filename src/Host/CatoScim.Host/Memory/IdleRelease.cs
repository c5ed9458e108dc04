namespace CatoScim.Host.Memory;

/// <summary>
/// Decides when a Host that was busy has gone quiet: after at least <paramref name="busyBytes"/> were allocated since
/// the last release, <paramref name="quietTicks"/> ticks in a row that each allocated less than
/// <paramref name="quietBytesPerTick"/>. Fires once per busy spell, so an idle Host does not release again and again.
/// </summary>
internal sealed class IdleRelease(long busyBytes, int quietTicks, long quietBytesPerTick, long allocatedSoFar)
{
    private long _last = allocatedSoFar;
    private long _sinceRelease;
    private int _quiet;

    /// <summary>Feeds the process's total allocated bytes; true on the tick that should release memory.</summary>
    public bool Tick(long totalAllocatedBytes)
    {
        var delta = totalAllocatedBytes - _last;
        _last = totalAllocatedBytes;
        _sinceRelease += delta;
        if (delta >= quietBytesPerTick)
        {
            _quiet = 0;
            return false;
        }

        if (++_quiet < quietTicks || _sinceRelease < busyBytes)
        {
            return false;
        }

        _quiet = 0;
        _sinceRelease = 0;
        return true;
    }
}
