namespace CatoScim.Directory.Groups;

internal enum GroupOrigin
{
    Scim,
    Ldap,
    Manual,
}
