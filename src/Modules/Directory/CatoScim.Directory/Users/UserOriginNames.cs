using CatoScim.Directory.Contracts;

namespace CatoScim.Directory.Users;

/// <summary>The contract's name of a user origin, for notifications and for the messages admins read.</summary>
internal static class UserOriginNames
{
    public static string Name(this UserOrigin origin) => origin switch
    {
        UserOrigin.Scim => Origins.Scim,
        UserOrigin.Ldap => Origins.Ldap,
        _ => Origins.Manual,
    };
}
