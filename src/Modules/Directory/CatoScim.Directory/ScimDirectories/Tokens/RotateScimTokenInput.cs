namespace CatoScim.Directory.ScimDirectories.Tokens;

internal sealed class RotateScimTokenInput
{
    public string TokenId { get; set; } = "";
    public int GraceMinutes { get; set; }
    public DateTime? ExpiresAt { get; set; }
    public string? Name { get; set; }
}
