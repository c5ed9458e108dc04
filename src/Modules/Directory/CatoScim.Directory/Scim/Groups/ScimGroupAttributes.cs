using CatoScim.Directory.Groups;
using CatoScim.Scim.Filter;

namespace CatoScim.Directory.Scim.Groups;

/// <summary>
/// What `filter` and `sortBy` may name on Groups. `displayName eq` (Okta's link lookup) is a seek on the unique
/// normalized index; `members[value eq "id"]` becomes an EXISTS on the membership key.
/// </summary>
internal static class ScimGroupAttributes
{
    public static ScimAttributeMap<Group> Map { get; } = new ScimAttributeMap<Group>()
        .MapGuid("id", g => g.Id)
        .MapNormalizedString("displayName", g => g.DisplayNameNormalized)
        .MapString("externalId", g => g.ExternalId, caseExact: true)
        .MapCollection("members", g => g.Members, m => m
            .MapGuid("value", x => x.UserId)
            .MapConstant("type", "User"))
        .MapDateTime("meta.created", g => g.CreatedAt)
        .MapDateTime("meta.lastModified", g => g.UpdatedAt);
}
