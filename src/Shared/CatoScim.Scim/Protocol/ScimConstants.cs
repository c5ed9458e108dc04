namespace CatoScim.Scim.Protocol;

/// <summary>The URNs and media type SCIM fixes; kept in one place so documents and responses cannot drift apart.</summary>
public static class ScimConstants
{
    // RFC 7643 §3: every core schema URN starts so; an attribute qualified with one of them is a core attribute.
    public const string CoreSchemaPrefix = "urn:ietf:params:scim:schemas:core:2.0:";

    // RFC 7643 §4.1 and §4.2.
    public const string UserSchema = "urn:ietf:params:scim:schemas:core:2.0:User";
    public const string GroupSchema = "urn:ietf:params:scim:schemas:core:2.0:Group";

    // RFC 7643 §4.3.
    public const string EnterpriseUserSchema = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    // RFC 7644 §3.4.2, §3.12 and §3.5.2: protocol messages live under "api:messages", not "schemas".
    public const string ListResponseSchema = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
    public const string ErrorSchema = "urn:ietf:params:scim:api:messages:2.0:Error";
    public const string PatchOpSchema = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

    // RFC 7643 §5, §6 and §7.
    public const string ServiceProviderConfigSchema = "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig";
    public const string ResourceTypeSchema = "urn:ietf:params:scim:schemas:core:2.0:ResourceType";
    public const string SchemaSchema = "urn:ietf:params:scim:schemas:core:2.0:Schema";

    // RFC 7644 §3.1 and §8.1.
    public const string MediaType = "application/scim+json";
}
