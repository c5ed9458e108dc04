namespace CatoScim.Events.Alerts;

internal sealed record AlertSettingsView(
    bool DirectoryFailing, bool TokenExpiring, bool LicensePoolExhausted, int TokenWarningDays, IReadOnlyList<string> Recipients);
