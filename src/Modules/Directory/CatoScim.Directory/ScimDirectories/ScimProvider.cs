namespace CatoScim.Directory.ScimDirectories;

internal enum ScimProvider
{
    Okta,
    Entra,
    OneLogin,
    Custom,
}
