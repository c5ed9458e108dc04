namespace CatoScim.Directory.ScimDirectories;

internal sealed class UpdateScimSettingsInput
{
    public bool Enabled { get; set; }
}
