using CatoScim.Events.Provisioning;

namespace CatoScim.Events.Timeline;

/// <summary>
/// How many provisioning events of one account, hour, directory, action and operation exist: kept in step with
/// `Events_ProvisioningEvents` by every insert and delete, so charts and summaries read hours instead of rows.
/// </summary>
internal sealed class EventHourlyCount
{
    /// <summary>Stands for "no directory": a key column cannot be NULL, and NULLs never collide in an upsert.</summary>
    public static readonly Guid NoDirectory = Guid.Empty;

    public Guid AccountId { get; init; }

    /// <summary>UTC, truncated to the hour.</summary>
    public DateTime HourStart { get; init; }

    public Guid DirectoryId { get; init; }
    public ProvisioningAction Action { get; init; }
    public string Operation { get; init; } = "";
    public int Count { get; init; }
}
