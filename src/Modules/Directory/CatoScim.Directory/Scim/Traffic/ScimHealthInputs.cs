namespace CatoScim.Directory.Scim.Traffic;

/// <summary>What a directory's status is judged on: its health row and the counts of the failing window.</summary>
internal sealed record ScimHealthInputs(
    string Status,
    DateTime? RecoveredAt,
    DateTime? LastRequestAt,
    DateTime? LastAuthenticatedAt,
    DateTime? LastSuccessAt,
    DateTime? LastFailureAt,
    int RequestsInWindow,
    int FailuresInWindow,
    DateTime? FirstFailureInWindow);
