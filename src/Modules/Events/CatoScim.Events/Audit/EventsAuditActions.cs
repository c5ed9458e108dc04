namespace CatoScim.Events.Audit;

/// <summary>The <c>Action</c> of the audit records of Events' own admin changes; stored, so they never change.</summary>
internal static class EventsAuditActions
{
    public const string DigestSettingsUpdated = "DIGEST_SETTINGS_UPDATED";
    public const string AlertSettingsUpdated = "ALERT_SETTINGS_UPDATED";
}
