namespace CatoScim.Events.Audit;

/// <summary>The <c>TargetType</c> of the audit records of Events' own admin changes; stored, so they never change.</summary>
internal static class EventsAuditTargets
{
    /// <summary>The account's digest switch; the target id is the account's.</summary>
    public const string DigestSettings = "DIGEST_SETTINGS";

    /// <summary>The account's alert settings; the target id is the account's.</summary>
    public const string AlertSettings = "ALERT_SETTINGS";
}
