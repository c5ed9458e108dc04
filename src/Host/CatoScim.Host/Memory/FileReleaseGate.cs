namespace CatoScim.Host.Memory;

/// <summary>
/// Decides when to page out file pages after a heap release (<see cref="FilePages"/>): once the Host has neither
/// allocated (<paramref name="quietBytesPerTick"/> or more) nor JIT-compiled a method for <paramref name="quietTicks"/>
/// ticks in a row. After a burst the runtime keeps compiling for a while (tier-up of what the burst ran, and of the
/// idle loops once they reach the call count), and every compile reads IL and metadata back from the assemblies and
/// runs the JIT's own library: paged out before that, the pages would come straight back.
/// </summary>
internal sealed class FileReleaseGate(int quietTicks, long quietBytesPerTick)
{
    private long _allocated = -1;
    private long _compiled = -1;
    private int _quiet;
    private bool _armed;

    /// <summary>Called when the heap was released; the next quiet spell pages the files out once.</summary>
    public void Arm()
    {
        _armed = true;
        _quiet = 0;
    }

    /// <summary>Feeds the totals of allocated bytes and compiled methods; true on the tick that should page out.</summary>
    public bool Tick(long totalAllocatedBytes, long compiledMethods)
    {
        var busy = _allocated < 0 || totalAllocatedBytes - _allocated >= quietBytesPerTick || compiledMethods != _compiled;
        _allocated = totalAllocatedBytes;
        _compiled = compiledMethods;
        if (busy)
        {
            _quiet = 0;
            return false;
        }

        if (!_armed || ++_quiet < quietTicks)
        {
            return false;
        }

        _armed = false;
        return true;
    }
}
