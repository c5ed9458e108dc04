using CatoScim.Directory.Persistence;
using CatoScim.ModuleKit.GraphQL;
using CatoScim.ModuleKit.Outbox;

namespace CatoScim.Directory.Auditing;

/// <summary>
/// Stages the audit record of an admin change in Directory's outbox: the change's own SaveChanges writes it, so a
/// change is never committed without its record, nor a record without its change.
/// </summary>
internal static class AdminAudit
{
    public static void Audit(this DirectoryDbContext db, AuditActor actor, Guid accountId, string action, string targetType, Guid targetId,
        IReadOnlyList<string> changedFields, DateTime now) =>
        db.Publish(actor.Change(accountId, action, targetType, targetId, changedFields, now), now);

    public static void Audit(this DirectoryDbContext db, AccountScope scope, string action, string targetType, Guid targetId,
        IReadOnlyList<string> changedFields, DateTime now) =>
        db.Audit(AuditActor.Key(scope.Principal), scope.AccountId, action, targetType, targetId, changedFields, now);
}
