namespace CatoScim.Directory.Scim.Directories;

internal sealed class UpdateScimSettingsInput
{
    public bool Enabled { get; set; }
}
