using CatoScim.Events.Digests;
using CatoScim.Events.Provisioning;

namespace CatoScim.Events.Seeding;

/// <summary>
/// Demo history counts as already reported: every closed digest window gets a SKIPPED digest that claims its events,
/// so a running host does not email thirty days of invented activity. Events of the open window are left to the next
/// digest, as live ones are. A window the account already has a digest for (a second seed) keeps it: its events join it.
/// </summary>
internal sealed class DemoDigests(Guid accountId, TimeSpan interval, DateTime now, IReadOnlyDictionary<DateTime, Guid> existing)
{
    private readonly DateTime _open = DigestWindows.Floor(now, interval);
    private readonly Dictionary<DateTime, DigestRecord> _windows = [];

    public IEnumerable<DigestRecord> Records => _windows.Values.OrderBy(d => d.WindowStart);

    /// <summary>Sets the event's digest and counts it as the digest builder would (requests, not lines).</summary>
    public ProvisioningEvent Claim(ProvisioningEvent e)
    {
        var start = DigestWindows.Floor(e.Time, interval);
        if (start >= _open)
        {
            return e;
        }

        if (existing.TryGetValue(start, out var earlier))
        {
            e.DigestId = earlier;
            return e;
        }

        if (!_windows.TryGetValue(start, out var digest))
        {
            var end = start + interval;
            digest = new DigestRecord
            {
                Id = Guid.CreateVersion7(new DateTimeOffset(end)),
                AccountId = accountId,
                WindowStart = start,
                WindowEnd = end,
                Status = DigestStatus.Skipped,
                ClaimedAt = end,
            };
            _windows[start] = digest;
        }

        if (e.Action == ProvisioningAction.Failure)
        {
            digest.Failed += e.Count;
        }
        else
        {
            digest.Succeeded += e.Count;
        }

        e.DigestId = digest.Id;
        return e;
    }
}
