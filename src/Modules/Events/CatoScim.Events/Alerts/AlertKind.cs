namespace CatoScim.Events.Alerts;

internal enum AlertKind
{
    DirectoryFailing,
    DirectoryRecovered,
    TokenExpiring,
    LicensePoolExhausted,
}
