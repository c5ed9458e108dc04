using CatoScim.Events.Provisioning;
using GraphQL.Types;

namespace CatoScim.Events.Feed;

internal sealed class ProvisioningEventGraphType : ObjectGraphType<ProvisioningEvent>
{
    public ProvisioningEventGraphType()
    {
        Name = "ProvisioningEvent";
        Field(e => e.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(e => e.Time).Description("When it happened (UTC).");
        Field<NonNullGraphType<ProvisioningActionGraphType>>("action").Resolve(ctx => ctx.Source.Action);
        Field<NonNullGraphType<EventOperationGraphType>>("operation")
            .Description("REQUESTS_REFUSED: requests refused before reaching an endpoint; `reason` is TOKEN_MISSING, TOKEN_UNKNOWN, TOKEN_EXPIRED, TOKEN_REVOKED, SCIM_DISABLED, DIRECTORY_DELETED or RATE_LIMITED.")
            .Resolve(ctx => StoredValueGraphType.OrOther(ctx.Source.Operation, ProvisioningOperations.All));
        Field<NonNullGraphType<EventResourceTypeGraphType>>("resourceType")
            .Resolve(ctx => StoredValueGraphType.OrOther(ctx.Source.ResourceType, ProvisioningResourceTypes.All));
        Field(e => e.ResourceId, type: typeof(IdGraphType));
        Field(e => e.DisplayName).Description("The userName (or directory name) as the IdP sent it.");
        Field(e => e.ExternalId, nullable: true);
        Field(e => e.DirectoryId, type: typeof(IdGraphType));
        Field(e => e.Message);
        Field(e => e.Reason, nullable: true).Description("Failures: the SCIM error detail the IdP received, or the refusal reason of REQUESTS_REFUSED.");
        Field(e => e.HttpStatus, nullable: true);
        Field(e => e.ScimType, nullable: true);
        Field<NonNullGraphType<EventSourceGraphType>>("source").Resolve(ctx => StoredValueGraphType.OrOther(ctx.Source.Source, ProvisioningSources.All));
        Field(e => e.RequestId, nullable: true)
            .Description("The X-Request-Id of the SCIM request, also quoted at the end of the error detail the IdP received; for REQUESTS_REFUSED, the last refused request's.");
        Field(e => e.Count).Description("Requests this event stands for: 1, except REQUESTS_REFUSED, which aggregates one directory's refusals for one reason and minute.");
    }
}
