namespace CatoScim.Directory.Scim.Directories;

internal sealed class DeleteScimDirectoryInput
{
    public string DirectoryId { get; set; } = "";
}
