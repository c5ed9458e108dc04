namespace CatoScim.ModuleKit.Outbox;

/// <summary>Wakes the dispatcher of one module right after a commit that wrote outbox rows.</summary>
public sealed class OutboxSignal<TContext>
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);

    public void Notify()
    {
        if (_semaphore.CurrentCount == 0)
        {
            try
            {
                _semaphore.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another commit signalled at the same moment; one wake-up is enough.
            }
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _semaphore.WaitAsync(timeout, cancellationToken);
}
