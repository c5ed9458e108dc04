namespace CatoScim.Events.Digests;

internal sealed class DigestDisabledUser
{
    public string Time { get; init; } = "";
    public string UserName { get; init; } = "";
    public string ExternalId { get; init; } = "";
}
