namespace CatoScim.Events.Digests;

internal sealed class DigestFailure
{
    public string Reason { get; init; } = "";

    /// <summary>"Create failed", or "12 requests refused" for a line that stands for several requests.</summary>
    public string What { get; init; } = "";
    public string Resource { get; init; } = "";
    public string ExternalId { get; init; } = "";
    public string Directory { get; init; } = "";
    public string Time { get; init; } = "";
    public string Status { get; init; } = "";
}
