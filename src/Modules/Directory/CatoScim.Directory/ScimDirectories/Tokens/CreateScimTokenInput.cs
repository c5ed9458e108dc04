namespace CatoScim.Directory.ScimDirectories.Tokens;

internal sealed class CreateScimTokenInput
{
    public string DirectoryId { get; set; } = "";
    public DateTime? ExpiresAt { get; set; }
    public string? Name { get; set; }
}
