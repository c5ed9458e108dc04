using CatoScim.ModuleKit.GraphQL;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Events.Audit;

/// <summary>`audit(accountId:)`: the admin audit trail.</summary>
internal sealed class AuditQueriesGraphType : ObjectGraphType<AccountScope>
{
    public AuditQueriesGraphType()
    {
        Name = "AuditQueries";
        Field<NonNullGraphType<AuditFeedPageGraphType>>("feed")
            .Description("Admin changes, newest first unless `sort: {direction: ASC}`; page with `marker`.")
            .Argument<AuditFeedInputType>("input")
            .ResolveAsync(async ctx => (object?)await ctx.RequestServices!.GetRequiredService<AuditFeedQuery>()
                .PageAsync(ctx.Source.AccountId, ctx.GetArgument<AuditFeedInput?>("input") ?? new AuditFeedInput(), ctx.CancellationToken));
    }
}
