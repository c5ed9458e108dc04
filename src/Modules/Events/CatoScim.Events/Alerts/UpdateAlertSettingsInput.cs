namespace CatoScim.Events.Alerts;

/// <summary>Omitted fields stay as they are.</summary>
internal sealed class UpdateAlertSettingsInput
{
    public bool? DirectoryFailing { get; set; }
    public bool? TokenExpiring { get; set; }
    public bool? LicensePoolExhausted { get; set; }
    public int? TokenWarningDays { get; set; }
}
