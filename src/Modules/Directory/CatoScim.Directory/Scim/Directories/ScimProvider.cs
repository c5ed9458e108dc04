namespace CatoScim.Directory.Scim.Directories;

internal enum ScimProvider
{
    Okta,
    Entra,
    OneLogin,
    Custom,
}
