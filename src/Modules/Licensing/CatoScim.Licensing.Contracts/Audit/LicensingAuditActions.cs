namespace CatoScim.Licensing.Contracts.Audit;

/// <summary>
/// The <c>Action</c> of the admin audit records Licensing publishes. Stored in the audit trail and used by admins
/// as filters, so they never change.
/// </summary>
public static class LicensingAuditActions
{
    public const string LicensePoolUpdated = "LICENSE_POOL_UPDATED";
    public const string LicenseRuleCreated = "LICENSE_RULE_CREATED";
    public const string LicenseRuleDeleted = "LICENSE_RULE_DELETED";
}
