namespace CatoScim.Directory.Contracts;

/// <summary>
/// Values of the <c>Source</c> of user and group notifications: who made the change. They are stored in outbox rows
/// and in consumers' tables, so they never change.
/// </summary>
public static class ChangeSources
{
    /// <summary>An identity provider, through the SCIM API.</summary>
    public const string Scim = "SCIM";

    /// <summary>An admin, through the GraphQL API.</summary>
    public const string Admin = "ADMIN";
}
