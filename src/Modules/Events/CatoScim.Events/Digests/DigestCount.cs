namespace CatoScim.Events.Digests;

internal sealed class DigestCount
{
    public string Operation { get; init; } = "";
    public string Action { get; init; } = "";
    public int Count { get; init; }
}
