using GraphQL.Types;

namespace CatoScim.Events.Audit;

internal sealed class AuditRecordGraphType : ObjectGraphType<AuditRecord>
{
    public AuditRecordGraphType()
    {
        Name = "AuditRecord";
        Description = "One admin change. Field names only, never their values: no secret, token or hash is ever recorded.";
        Field(r => r.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(r => r.OccurredAt).Description("When the change was committed (UTC).");
        Field(r => r.Actor).Description("`apikey:{prefix}` for an admin API key, `cli` for the operator CLI, `system` for the first start.");
        Field(r => r.ApiKeyId, type: typeof(IdGraphType));
        Field(r => r.ApiKeyPrefix, nullable: true);
        Field(r => r.Action).Description("SCIM_ENABLED, SCIM_TOKEN_ISSUED, USER_UPDATED, LICENSE_RULE_CREATED, ... (docs/audit.md lists them).");
        Field(r => r.TargetType);
        Field(r => r.TargetId, type: typeof(IdGraphType));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("changedFields")
            .Description("The fields the change set (admin API names); empty for a deletion.")
            .Resolve(ctx => ctx.Source.ChangedFields);
        Field(r => r.ClientAddress, nullable: true).Description("The API client's address (behind a trusted proxy, the forwarded one); null for the CLI.");
    }
}
