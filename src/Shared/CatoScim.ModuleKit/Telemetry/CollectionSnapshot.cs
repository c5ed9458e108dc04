namespace CatoScim.ModuleKit.Telemetry;

/// <summary>
/// One read shared by the observable instruments that report it. A collection calls each instrument's callback once,
/// so the value is read again when an instrument asks a second time: a scrape costs one read, not one per instrument,
/// and nothing is read between collections (no timer, no cache to expire).
/// </summary>
public sealed class CollectionSnapshot<T>(Func<T> read, int instruments)
{
    private readonly Lock _lock = new();
    private readonly bool[] _served = new bool[instruments];
    private T _value = default!;
    private bool _read;

    /// <param name="instrument">The asking instrument's index, 0 to instruments - 1.</param>
    public T Get(int instrument)
    {
        lock (_lock)
        {
            if (!_read || _served[instrument])
            {
                _value = read();
                _read = true;
                Array.Clear(_served);
            }

            _served[instrument] = true;
            return _value;
        }
    }
}
