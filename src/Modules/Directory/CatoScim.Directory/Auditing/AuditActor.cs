using CatoScim.ModuleKit.Audit;
using CatoScim.ModuleKit.GraphQL;

namespace CatoScim.Directory.Auditing;

/// <summary>
/// Who makes an admin change: an API key over GraphQL, or an operator without a key (`cli` for the CLI, `system` at
/// the first start). Accounts and API keys are created by both, so the record is built in one place.
/// </summary>
internal sealed class AuditActor
{
    private readonly AdminPrincipal? _key;

    private AuditActor(string name, AdminPrincipal? key)
    {
        Name = name;
        _key = key;
    }

    /// <summary>What `CreatedBy`/`UpdatedBy` columns store.</summary>
    public string Name { get; }

    public static AuditActor Key(AdminPrincipal principal) => new(principal.Actor, principal);

    public static AuditActor Operator(string name) => new(name, null);

    public AdminChangeAudited Change(Guid accountId, string action, string targetType, Guid targetId, IReadOnlyList<string> changedFields, DateTime now) =>
        _key is { } key
            ? AdminChangeAudited.By(key, action, targetType, targetId.ToString(), changedFields, now)
            : new AdminChangeAudited(accountId, Name, null, null, action, targetType, targetId.ToString(), changedFields, null, now);
}
