namespace CatoScim.Events.Digests;

internal sealed class DigestFailure
{
    public string Time { get; init; } = "";
    public string Resource { get; init; } = "";
    public string ExternalId { get; init; } = "";
    public string Operation { get; init; } = "";
    public string Reason { get; init; } = "";
    public string Status { get; init; } = "";
}
