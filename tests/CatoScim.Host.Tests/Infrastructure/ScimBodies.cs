namespace CatoScim.Host.Tests.Infrastructure;

/// <summary>Request bodies shaped exactly like the ones Okta and Entra send.</summary>
public static class ScimBodies
{
    public const string Enterprise = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    public static string OktaUser(string userName, string given = "Ann", string family = "Lee", bool active = true, string title = "Engineer", string externalId = "00u1abcd") => $$$"""
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User","{{{Enterprise}}}"],
         "userName":"{{{userName}}}","name":{"givenName":"{{{given}}}","familyName":"{{{family}}}"},
         "emails":[{"primary":true,"value":"{{{userName}}}","type":"work"}],"displayName":"{{{given}}} {{{family}}}",
         "locale":"en-US","externalId":"{{{externalId}}}","groups":[],"password":"P@ssw0rd!","active":{{{(active ? "true" : "false")}}},
         "phoneNumbers":[{"value":"+1 555 0100","type":"work","primary":true}],"title":"{{{title}}}",
         "{{{Enterprise}}}":{"department":"R&D"}}
        """;

    public static string EntraUser(string userName, string externalId) => $$$"""
        {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User","{{{Enterprise}}}"],
         "externalId":"{{{externalId}}}","userName":"{{{userName}}}","active":true,"displayName":"Bo Diaz",
         "emails":[{"primary":true,"type":"work","value":"{{{userName}}}"}],"meta":{"resourceType":"User"},
         "name":{"formatted":"Bo Diaz","familyName":"Diaz","givenName":"Bo"},"title":"Analyst",
         "{{{Enterprise}}}":{"department":"Finance","employeeNumber":"E-17","costCenter":"CC1","organization":"Acme","division":"EMEA"}}
        """;

    public static string Patch(params string[] operations) =>
        $$"""{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{{string.Join(',', operations)}}]}""";

    public static string Filter(string filter) => Uri.EscapeDataString(filter);
}
