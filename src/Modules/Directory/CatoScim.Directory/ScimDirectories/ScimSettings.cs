namespace CatoScim.Directory.ScimDirectories;

internal sealed record ScimSettings(bool Enabled);
