namespace CatoScim.Events.Alerts;

/// <summary>The names a kind goes by outside the code (GraphQL enum value, metric tag, job name); they never change.</summary>
internal static class AlertKindNames
{
    public static string Of(AlertKind kind) => kind switch
    {
        AlertKind.DirectoryFailing => "DIRECTORY_FAILING",
        AlertKind.DirectoryRecovered => "DIRECTORY_RECOVERED",
        AlertKind.TokenExpiring => "TOKEN_EXPIRING",
        AlertKind.LicensePoolExhausted => "LICENSE_POOL_EXHAUSTED",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
