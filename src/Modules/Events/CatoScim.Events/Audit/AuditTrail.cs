using CatoScim.Events.Persistence;
using CatoScim.ModuleKit.Audit;

namespace CatoScim.Events.Audit;

/// <summary>
/// Writes admin changes into the audit trail. Events has no outbox, so its own admin changes (digest and alert
/// settings) call <see cref="Record"/> before their SaveChanges; the change and its record then commit together.
/// Other modules' changes arrive as notifications (AuditNotificationsHandler) and go through the same call.
/// </summary>
internal static class AuditTrail
{
    /// <summary>Stages the record in <paramref name="db"/>; the caller's SaveChanges writes it, in the caller's transaction.</summary>
    public static AuditRecord Record(EventsDbContext db, AdminChangeAudited change)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.AccountId == Guid.Empty || string.IsNullOrEmpty(change.Actor) || string.IsNullOrEmpty(change.Action)
            || string.IsNullOrEmpty(change.TargetType))
        {
            throw new ArgumentException("An audit record needs the account, the actor, the action and the target type.", nameof(change));
        }

        var record = new AuditRecord
        {
            Id = Guid.CreateVersion7(),
            AccountId = change.AccountId,
            OccurredAt = DateTime.SpecifyKind(change.OccurredAt, DateTimeKind.Utc),
            Actor = Clip(change.Actor, AuditRecord.ActorMax)!,
            ApiKeyId = change.ApiKeyId,
            ApiKeyPrefix = Clip(change.ApiKeyPrefix, AuditRecord.ApiKeyPrefixMax),
            Action = Clip(change.Action, AuditRecord.ActionMax)!,
            TargetType = Clip(change.TargetType, AuditRecord.TargetTypeMax)!,
            TargetId = Clip(change.TargetId, AuditRecord.TargetIdMax),
            ChangedFields = [.. (change.ChangedFields ?? []).Select(f => Clip(f, AuditRecord.FieldMax)!)],
            ClientAddress = Clip(change.ClientAddress, AuditRecord.ClientAddressMax),
        };
        db.AuditRecords.Add(record);
        return record;
    }

    private static string? Clip(string? value, int max) => value is { Length: var length } && length > max ? value[..max] : value;
}
