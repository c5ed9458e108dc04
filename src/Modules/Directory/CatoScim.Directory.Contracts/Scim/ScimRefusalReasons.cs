namespace CatoScim.Directory.Contracts.Scim;

/// <summary>Why the SCIM gate refused a request before it reached an endpoint; the reason of a refusal event.</summary>
public static class ScimRefusalReasons
{
    public const string TokenMissing = "TOKEN_MISSING";
    public const string TokenUnknown = "TOKEN_UNKNOWN";
    public const string TokenExpired = "TOKEN_EXPIRED";
    public const string TokenRevoked = "TOKEN_REVOKED";
    public const string ScimDisabled = "SCIM_DISABLED";
    public const string DirectoryDeleted = "DIRECTORY_DELETED";
    public const string RateLimited = "RATE_LIMITED";
}
