namespace CatoScim.Directory.Contracts;

/// <summary>
/// Values of <c>UserRef.Origin</c>, <c>GroupRef.Origin</c> and <c>GroupTakenOver.FormerOrigin</c>: where a user or
/// group comes from. They are stored in outbox rows and in consumers' tables, so they never change.
/// </summary>
public static class Origins
{
    public const string Scim = "SCIM";
    public const string Ldap = "LDAP";
    public const string Manual = "MANUAL";
}
