namespace CatoScim.Events.Alerts;

/// <summary>Which alerts an account gets; an account without a row has the defaults (all on, 7 days).</summary>
internal sealed class AlertSettings
{
    public const int DefaultTokenWarningDays = 7;
    public const int MaxTokenWarningDays = 90;

    public Guid AccountId { get; init; }
    public bool DirectoryFailing { get; set; } = true;
    public bool TokenExpiring { get; set; } = true;
    public bool LicensePoolExhausted { get; set; } = true;
    public int TokenWarningDays { get; set; } = DefaultTokenWarningDays;

    /// <summary>A recovery belongs to the failing directory switch: one setting, both emails.</summary>
    public bool IsOn(AlertKind kind) => kind switch
    {
        AlertKind.DirectoryFailing or AlertKind.DirectoryRecovered => DirectoryFailing,
        AlertKind.TokenExpiring => TokenExpiring,
        AlertKind.LicensePoolExhausted => LicensePoolExhausted,
        _ => false,
    };
}
