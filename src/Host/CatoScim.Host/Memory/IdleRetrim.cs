namespace CatoScim.Host.Memory;

/// <summary>
/// Once memory was given back, trims glibc's heap again every <paramref name="everyQuietTicks"/> quiet ticks in a row.
/// An idle Host still mallocs and frees (outbox polls, SQLite statements, timers), and the arenas grew back by 6-8 MiB
/// in a minute after a release; trimmed every 10 s they grew by about 2 MiB in 90 s. A busy tick only restarts the count:
/// a short burst that never reaches a full release still leaves freed arenas behind.
/// </summary>
internal sealed class IdleRetrim(int everyQuietTicks, long quietBytesPerTick)
{
    private long _allocated = -1;
    private int _quiet;
    private bool _armed;

    /// <summary>Called when the heap was released; trims follow from then on.</summary>
    public void Arm()
    {
        _armed = true;
        _quiet = 0;
    }

    /// <summary>Feeds the process's total allocated bytes; true on the tick that should trim.</summary>
    public bool Tick(long totalAllocatedBytes)
    {
        var busy = _allocated < 0 || totalAllocatedBytes - _allocated >= quietBytesPerTick;
        _allocated = totalAllocatedBytes;
        if (busy)
        {
            _quiet = 0;
            return false;
        }

        return _armed && ++_quiet % everyQuietTicks == 0;
    }
}
