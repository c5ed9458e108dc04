using System.Data.Common;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CatoScim.Host.Tests.Outbox;

/// <summary>Counts the scans of all tracked entities (`DetectChanges`) of every context that sends a command.</summary>
internal sealed class ChangeScanCounter : DbCommandInterceptor
{
    private readonly EventHandler<DetectChangesEventArgs> _onScan;
    private int _scans;

    public ChangeScanCounter() => _onScan = (_, _) => Interlocked.Increment(ref _scans);

    public int Scans => Volatile.Read(ref _scans);

    public override DbCommand CommandCreated(CommandEndEventData eventData, DbCommand result)
    {
        // A pooled context drops its event handlers when it goes back to the pool, so subscribe again on every lease;
        // removing first keeps it to one subscription.
        if (eventData.Context?.ChangeTracker is { } tracker)
        {
            tracker.DetectingAllChanges -= _onScan;
            tracker.DetectingAllChanges += _onScan;
        }

        return result;
    }
}
