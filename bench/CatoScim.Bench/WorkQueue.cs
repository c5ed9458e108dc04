using System.Threading.Channels;

namespace CatoScim.Bench;

internal static class WorkQueue
{
    /// <summary>Runs work(0..count-1) on the given number of workers fed from a bounded queue.</summary>
    public static async Task RunAsync(int count, int workers, Func<int, Task> work, CancellationToken ct)
    {
        if (workers <= 1)
        {
            // A plain loop keeps the single-client numbers free of queue hand-off costs.
            for (var i = 0; i < count; i++)
            {
                ct.ThrowIfCancellationRequested();
                await work(i);
            }

            return;
        }

        // Bounded so the producer never runs more than a couple of items ahead of the workers.
        var channel = Channel.CreateBounded<int>(new BoundedChannelOptions(workers * 2)
        {
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        var producer = ProduceAsync(channel.Writer, count, ct);
        var consumers = Enumerable.Range(0, workers).Select(_ => Task.Run(() => ConsumeAsync(channel, work, ct), ct));
        await Task.WhenAll(consumers.Append(producer));
    }

    private static async Task ProduceAsync(ChannelWriter<int> writer, int count, CancellationToken ct)
    {
        try
        {
            for (var i = 0; i < count; i++)
            {
                await writer.WriteAsync(i, ct);
            }

            writer.TryComplete();
        }
        catch (ChannelClosedException)
        {
            // A worker failed and closed the queue; its exception is what gets reported.
        }
        catch (OperationCanceledException ex)
        {
            writer.TryComplete(ex);
            throw;
        }
    }

    private static async Task ConsumeAsync(Channel<int> channel, Func<int, Task> work, CancellationToken ct)
    {
        try
        {
            await foreach (var item in channel.Reader.ReadAllAsync(ct))
            {
                await work(item);
            }
        }
        catch (Exception)
        {
            // Closing (without the error) stops the producer; the other workers drain what is queued and
            // exit normally, so the original exception is the one that surfaces from WhenAll.
            channel.Writer.TryComplete();
            throw;
        }
    }
}
