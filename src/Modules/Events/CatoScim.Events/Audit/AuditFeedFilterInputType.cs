using GraphQL.Types;

namespace CatoScim.Events.Audit;

internal sealed class AuditFeedFilterInputType : InputObjectGraphType<AuditFeedFilter>
{
    public AuditFeedFilterInputType()
    {
        Name = "AuditFeedFilterInput";
        Field(f => f.From, nullable: true).Description("Inclusive.");
        Field(f => f.To, nullable: true).Description("Exclusive.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("actions").Description("Any of these actions (SCIM_TOKEN_ISSUED, USER_UPDATED, ...).");
        Field(f => f.TargetType, nullable: true).Description("ACCOUNT, API_KEY, SCIM_SETTINGS, SCIM_DIRECTORY, SCIM_TOKEN, USER, GROUP, LICENSE_POOL, LICENSE_RULE, DIGEST_SETTINGS, ...");
        Field<IdGraphType>("targetId");
        Field(f => f.Actor, nullable: true).Description("`apikey:{prefix}`, `cli` or `system`.");
    }
}
