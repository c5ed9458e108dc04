using CatoScim.Scim.Filter;

namespace CatoScim.Scim.Tests.Filter.Data;

internal static class FilterTestMaps
{
    public const string Enterprise = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    // SCIMMY compares schema-less data case-sensitively, so the oracle's string attributes are caseExact here.
    public static readonly ScimAttributeMap<OracleUser> Oracle = new ScimAttributeMap<OracleUser>()
        .MapNumber("id", u => u.Id)
        .MapString("userName", u => u.UserName, caseExact: true)
        .MapString("name.formatted", u => u.FormattedName, caseExact: true)
        .MapString("name.givenName", u => u.GivenName, caseExact: true)
        .MapString("name.familyName", u => u.FamilyName, caseExact: true)
        .MapDateTime("date", u => u.Date)
        .MapNumber("number", u => u.Number)
        .MapBoolean("exists", u => u.Exists)
        .MapCollection<OracleEmail>("emails", u => u.Emails, e => e
            .MapString("type", x => x.Type, caseExact: true)
            .MapString("value", x => x.Value, caseExact: true)
            .MapBoolean("primary", x => x.Primary));

    public static readonly ScimAttributeMap<TestUser> User = new ScimAttributeMap<TestUser>()
        .MapGuid("id", u => u.Id)
        .MapNormalizedString("userName", u => u.UserNameNormalized)
        .MapString("externalId", u => u.ExternalId, caseExact: true)
        .MapString("displayName", u => u.DisplayName, caseExact: false)
        .MapString("name.givenName", u => u.GivenName, caseExact: false)
        .MapBoolean("active", u => u.Active)
        .MapNormalizedString("emails.value", u => u.EmailNormalized)
        .MapConstant("emails.type", "work")
        .MapConstant("emails.primary", true)
        .PresentWhen("emails", u => u.EmailNormalized != null)
        .MapString($"{Enterprise}:department", u => u.Department, caseExact: false)
        .MapDateTime("meta.created", u => u.CreatedUtc)
        .MapDateTime("meta.lastModified", u => u.LastModifiedUtc);

    public static readonly ScimAttributeMap<TestGroup> Group = new ScimAttributeMap<TestGroup>()
        .MapGuid("id", g => g.Id)
        .MapNormalizedString("displayName", g => g.DisplayNameNormalized)
        .MapCollection<TestMembership>("members", g => g.Members, m => m.MapGuid("value", x => x.UserId));
}
