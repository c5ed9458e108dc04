namespace CatoScim.Licensing.Contracts.Audit;

/// <summary>The <c>TargetType</c> of the admin audit records Licensing publishes; stored, so they never change.</summary>
public static class LicensingAuditTargets
{
    /// <summary>The account's one pool; the target id is the account's.</summary>
    public const string LicensePool = "LICENSE_POOL";

    public const string LicenseRule = "LICENSE_RULE";
}
