namespace CatoScim.Directory.Scim.Directories;

internal sealed record ScimSettings(bool Enabled);
