namespace CatoScim.Events.Digests;

internal sealed class DigestDirectory
{
    public string Name { get; init; } = "";
    public List<DigestCount> Counts { get; init; } = [];
}
