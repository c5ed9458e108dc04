namespace CatoScim.Directory.Contracts.Scim;

/// <summary>The health of a SCIM directory as admins see it; the rules are in docs/operations.md.</summary>
public static class ScimHealthStatuses
{
    public const string NeverConnected = "NEVER_CONNECTED";
    public const string Healthy = "HEALTHY";
    public const string Degraded = "DEGRADED";
    public const string Failing = "FAILING";
    public const string Idle = "IDLE";
}
