using CatoScim.Directory.Contracts;

namespace CatoScim.Events.Provisioning;

/// <summary>One line of an account's provisioning history, written once per outbox message.</summary>
internal sealed class ProvisioningEvent
{
    // Column widths, shared by the model and the mappers that clip notification text to fit.
    public const int OperationMax = 64;
    public const int ResourceTypeMax = 16;
    public const int DisplayNameMax = 300;
    public const int ExternalIdMax = 300;
    public const int MessageMax = 1000;
    public const int ReasonMax = 1000;
    public const int ScimTypeMax = 64;
    public const int SourceMax = 8;
    public const int RequestIdMax = 64;

    public Guid Id { get; init; }
    public Guid AccountId { get; init; }
    public Guid MessageId { get; init; }
    public DateTime Time { get; init; }
    public ProvisioningAction Action { get; init; }
    public string Operation { get; init; } = "";
    public Guid? DirectoryId { get; init; }
    public string ResourceType { get; init; } = ProvisioningResourceTypes.User;
    public Guid? ResourceId { get; init; }
    public string DisplayName { get; init; } = "";
    public string? ExternalId { get; init; }
    public string Message { get; init; } = "";
    public string? Reason { get; init; }
    public int? HttpStatus { get; init; }
    public string? ScimType { get; init; }
    public string Source { get; init; } = ChangeSources.Scim;

    /// <summary>The X-Request-Id of the SCIM request (the last one, for aggregated refusals).</summary>
    public string? RequestId { get; init; }

    /// <summary>How many requests the line stands for: 1, except for refusals aggregated per minute.</summary>
    public int Count { get; init; } = 1;

    /// <summary>
    /// The digest that reported this event, set when that digest claims it. Digests take what no digest has taken
    /// yet, so an event that arrives after its window was sent goes into the next one (as late), never nowhere.
    /// </summary>
    public Guid? DigestId { get; set; }
}
