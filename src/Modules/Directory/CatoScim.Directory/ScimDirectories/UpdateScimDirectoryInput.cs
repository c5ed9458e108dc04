namespace CatoScim.Directory.ScimDirectories;

/// <summary>Omitted fields stay as they are.</summary>
internal sealed class UpdateScimDirectoryInput
{
    public string DirectoryId { get; set; } = "";
    public string? Name { get; set; }
    public ScimProvider? Provider { get; set; }
}
