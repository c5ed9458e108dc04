using GraphQL.Types;

namespace CatoScim.Directory.ScimDirectories.Health;

internal sealed class ScimHealthGraphType : ObjectGraphType<ScimHealthView>
{
    public ScimHealthGraphType()
    {
        Name = "ScimDirectoryHealth";
        Description = "How the IdP's requests to this directory fare, kept in memory and written every Scim:Health:FlushInterval (15 s), so up to that much behind.";
        Field<NonNullGraphType<ScimHealthStatusGraphType>>("status").Resolve(ctx => ctx.Source.Status);
        Field(h => h.LastRequestAt, nullable: true).Description("The last request of any outcome, refused ones included.");
        Field(h => h.LastSuccessAt, nullable: true).Description("The last request answered with a success (2xx or 3xx, or 404/412, which answer the request).");
        Field(h => h.LastFailureAt, nullable: true).Description("The last refused request (401, 429) or error answer (other 4xx, 5xx).");
        Field(h => h.LastFailureReason, nullable: true)
            .Description("A refusal reason (TOKEN_REVOKED, SCIM_DISABLED, RATE_LIMITED, ...) or HTTP_<status> for an error answer.");
        Field(h => h.RequestsLast24h).Description("Requests in the current hour and the 23 before it.");
        Field(h => h.FailuresLast24h).Description("Failed requests (as for lastFailureAt) in the same hours.");
        Field(h => h.TokenExpiresAt, nullable: true).Description("The earliest expiry among the directory's active tokens; null when none expires.");
        Field(h => h.TokenLastUsedAt, nullable: true).Description("The last time any of the directory's tokens authenticated a request.");
    }
}
