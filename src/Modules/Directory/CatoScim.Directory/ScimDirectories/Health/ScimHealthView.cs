namespace CatoScim.Directory.ScimDirectories.Health;

/// <summary>A directory's health as GraphQL shows it; times are UTC.</summary>
internal sealed record ScimHealthView(
    string Status,
    DateTime? LastRequestAt,
    DateTime? LastSuccessAt,
    DateTime? LastFailureAt,
    string? LastFailureReason,
    int RequestsLast24h,
    int FailuresLast24h,
    DateTime? TokenExpiresAt,
    DateTime? TokenLastUsedAt);
