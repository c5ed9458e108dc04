using CatoScim.ModuleKit.GraphQL;
using Mediator;

namespace CatoScim.ModuleKit.Audit;

/// <summary>
/// One admin change, published by the module that made it in the change's own transaction. `Actor` is
/// `apikey:{prefix}` or `cli`; `ChangedFields` names fields only, never their values, so no secret is recorded.
/// </summary>
public sealed record AdminChangeAudited(
    Guid AccountId,
    string Actor,
    Guid? ApiKeyId,
    string? ApiKeyPrefix,
    string Action,
    string TargetType,
    string? TargetId,
    IReadOnlyList<string> ChangedFields,
    string? ClientAddress,
    DateTime OccurredAt) : INotification
{
    public static AdminChangeAudited By(AdminPrincipal principal, string action, string targetType, string? targetId,
        IReadOnlyList<string> changedFields, DateTime occurredAt)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return new(principal.AccountId, principal.Actor, principal.KeyId, principal.KeyPrefix, action, targetType, targetId, changedFields,
            principal.ClientAddress, occurredAt);
    }
}
