namespace CatoScim.Events.Provisioning;

/// <summary>What the retention learns of each event it deleted: enough to take it off its hourly counter.</summary>
internal sealed class RetiredEvent
{
    public Guid AccountId { get; init; }
    public DateTime Time { get; init; }
    public Guid? DirectoryId { get; init; }
    public string Action { get; init; } = "";
    public string Operation { get; init; } = "";
}
