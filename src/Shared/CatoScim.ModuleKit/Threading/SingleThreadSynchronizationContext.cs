using System.Collections.Concurrent;

namespace CatoScim.ModuleKit.Threading;

/// <summary>Runs every continuation posted to it on the one thread that pumps it.</summary>
internal sealed class SingleThreadSynchronizationContext : SynchronizationContext, IDisposable
{
    private readonly BlockingCollection<(SendOrPostCallback Callback, object? State)> _queue = [];

    public override void Post(SendOrPostCallback d, object? state)
    {
        try
        {
            _queue.Add((d, state));
        }
        catch (InvalidOperationException)
        {
            // The pumped task has finished; a straggling continuation still has to run somewhere.
            ThreadPool.QueueUserWorkItem(s => d(s), state);
        }
    }

    public override void Send(SendOrPostCallback d, object? state) =>
        throw new NotSupportedException("Synchronous Send would deadlock the pumping thread.");

    public override SynchronizationContext CreateCopy() => this;

    public void Pump(Task until)
    {
        until.ContinueWith(_ => _queue.CompleteAdding(), TaskScheduler.Default);
        foreach (var (callback, state) in _queue.GetConsumingEnumerable())
        {
            callback(state);
        }
    }

    public void Dispose() => _queue.Dispose();
}
