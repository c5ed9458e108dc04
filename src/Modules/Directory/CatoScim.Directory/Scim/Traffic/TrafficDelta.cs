namespace CatoScim.Directory.Scim.Traffic;

/// <summary>What one directory's traffic added since the last flush; the times are the latest (first failure: earliest) seen.</summary>
internal sealed record TrafficDelta(
    Guid AccountId,
    Guid DirectoryId,
    int Requests,
    int Failures,
    DateTime? FirstFailureAt,
    DateTime? LastSuccessAt,
    DateTime? LastFailureAt,
    string? LastFailureReason,
    DateTime? LastAuthenticatedAt,
    IReadOnlyList<(Guid TokenId, DateTime UsedAt)> Tokens)
{
    public DateTime? LastRequestAt => Max(LastSuccessAt, LastFailureAt);

    public bool IsEmpty => Requests == 0 && LastAuthenticatedAt is null && Tokens.Count == 0;

    private static DateTime? Max(DateTime? a, DateTime? b) => a > b || b is null ? a : b;
}
