namespace CatoScim.Directory.Users;

internal enum UserOrigin
{
    Scim,
    Ldap,
    Manual,
}
