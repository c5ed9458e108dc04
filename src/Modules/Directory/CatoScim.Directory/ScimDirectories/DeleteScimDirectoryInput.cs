namespace CatoScim.Directory.ScimDirectories;

internal sealed class DeleteScimDirectoryInput
{
    public string DirectoryId { get; set; } = "";
}
