namespace CatoScim.Directory.ScimDirectories;

internal sealed class CreateScimDirectoryInput
{
    public string Name { get; set; } = "";
    public ScimProvider Provider { get; set; }
}
