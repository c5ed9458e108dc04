namespace CatoScim.Directory.ScimDirectories.Tokens;

internal sealed class RevokeScimTokenInput
{
    public string TokenId { get; set; } = "";
}
