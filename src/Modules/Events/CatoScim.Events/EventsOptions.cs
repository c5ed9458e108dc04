using CatoScim.Events.Alerts;
using CatoScim.Events.Digests;

namespace CatoScim.Events;

/// <summary>The `Events` configuration section.</summary>
internal sealed class EventsOptions
{
    public int RetentionDays { get; set; } = 90;

    /// <summary>Audit records are kept longer than the provisioning history: "who issued this token" outlives the sync it broke.</summary>
    public int AuditRetentionDays { get; set; } = 365;

    public DigestOptions Digest { get; set; } = new();
    public AlertOptions Alerts { get; set; } = new();
}
