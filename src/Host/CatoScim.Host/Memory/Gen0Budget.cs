namespace CatoScim.Host.Memory;

/// <summary>
/// Caps how much the process allocates between two gen0 collections (`Memory:Gen0BudgetMiB`, 0 = the runtime's own
/// budget). The runtime sizes gen0 from the CPU's last-level cache, and virtual machines report shared caches of
/// hundreds of MiB (300 MiB on the workplace machine), so the heap grows to ~100 MiB of mostly dead objects before the
/// first collection. `DOTNET_GCgen0size` does the same from outside, but only as an environment variable.
/// </summary>
internal sealed class Gen0Budget(long budgetBytes)
{
    private long _baselineAllocated = GC.GetTotalAllocatedBytes();
    private int _baselineCount = GC.CollectionCount(0);

    /// <summary>Collects gen0 when more than the budget was allocated since the last collection; true when it did.</summary>
    public bool Enforce()
    {
        var allocated = GC.GetTotalAllocatedBytes();
        var count = GC.CollectionCount(0);
        if (count != _baselineCount)
        {
            _baselineCount = count;
            _baselineAllocated = allocated;
            return false;
        }

        if (allocated - _baselineAllocated < budgetBytes)
        {
            return false;
        }

        GC.Collect(0, GCCollectionMode.Forced, blocking: true);
        _baselineCount = GC.CollectionCount(0);
        _baselineAllocated = allocated;
        return true;
    }
}
