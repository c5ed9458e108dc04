namespace CatoScim.Directory.ApiKeys;

internal sealed class RevokeApiKeyInput
{
    public string KeyId { get; set; } = "";
}
