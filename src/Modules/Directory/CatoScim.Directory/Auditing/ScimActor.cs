namespace CatoScim.Directory.Auditing;

/// <summary>
/// `scim:{directoryId}`: the actor of a change an IdP made over SCIM, as `CreatedBy`/`UpdatedBy` store it. The
/// directory id, not its name, because a name can change and the id is what the IdP's Base URL carries.
/// </summary>
internal static class ScimActor
{
    public const string Prefix = "scim:";

    public static string Of(Guid directoryId) => Prefix + directoryId.ToString("D");
}
