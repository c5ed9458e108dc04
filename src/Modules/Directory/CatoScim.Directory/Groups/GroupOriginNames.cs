using CatoScim.Directory.Contracts;

namespace CatoScim.Directory.Groups;

/// <summary>The contract's name of a group origin, for notifications and for the messages admins read.</summary>
internal static class GroupOriginNames
{
    public static string Name(this GroupOrigin origin) => origin switch
    {
        GroupOrigin.Scim => Origins.Scim,
        GroupOrigin.Ldap => Origins.Ldap,
        _ => Origins.Manual,
    };
}
