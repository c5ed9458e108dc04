namespace CatoScim.Directory.Scim.Tokens;

internal sealed class RevokeScimTokenInput
{
    public string TokenId { get; set; } = "";
}
