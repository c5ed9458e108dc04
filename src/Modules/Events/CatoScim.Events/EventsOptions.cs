using CatoScim.Events.Alerts;
using CatoScim.Events.Digests;

namespace CatoScim.Events;

/// <summary>The `Events` configuration section.</summary>
internal sealed class EventsOptions
{
    public int RetentionDays { get; set; } = 90;
    public DigestOptions Digest { get; set; } = new();
    public AlertOptions Alerts { get; set; } = new();
}
