namespace CatoScim.ModuleKit.Outbox;

/// <summary>Bound from the `Outbox` configuration section.</summary>
public sealed class OutboxOptions
{
    public bool DispatcherEnabled { get; set; } = true;
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);
    public int BatchSize { get; set; } = 200;

    /// <summary>Most messages delivered in one scope and one transaction per consumer (see <see cref="DeliveryBatch"/>); 1 turns runs off.</summary>
    public int RunSize { get; set; } = 50;
    public TimeSpan Coalesce { get; set; } = TimeSpan.FromMilliseconds(20);
    /// <summary>
    /// Longest a wake-up is held back while SCIM requests keep arriving (<see cref="Threading.ForegroundActivity"/>), so
    /// an IdP's burst is delivered in full runs instead of a run per pause; zero delivers after <see cref="Coalesce"/>.
    /// </summary>
    public TimeSpan DeferWhileBusy { get; set; } = TimeSpan.FromSeconds(1);
    public int MaxAttempts { get; set; } = 12;
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(5);
    public int RetentionDays { get; set; } = 7;
}
