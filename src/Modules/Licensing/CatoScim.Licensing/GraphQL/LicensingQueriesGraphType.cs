using CatoScim.Licensing.Pool;
using CatoScim.Licensing.Rules;
using CatoScim.Licensing.Seats;
using CatoScim.ModuleKit.GraphQL;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Licensing.GraphQL;

internal sealed class LicensingQueriesGraphType : ObjectGraphType<AccountScope>
{
    public LicensingQueriesGraphType()
    {
        Name = "LicensingQueries";
        Field<NonNullGraphType<LicensePoolGraphType>>("pool")
            .ResolveAsync(async ctx => (object?)await Reader(ctx).PoolAsync(ctx.Source.AccountId, ctx.CancellationToken));
        Field<NonNullGraphType<LicenseRulePageGraphType>>("rules")
            .Argument<LicenseRulesInputType>("input")
            .ResolveAsync(async ctx => (object?)await Reader(ctx).RulesAsync(ctx.Source.AccountId, Paging(ctx), ctx.CancellationToken));
        Field<NonNullGraphType<SeatPageGraphType>>("assignments")
            .Description("Users holding or waiting for a seat; by default in allocation order.")
            .Argument<SeatListInputType>("input")
            .ResolveAsync(async ctx => (object?)await Reader(ctx)
                .AssignmentsAsync(ctx.Source.AccountId, ctx.GetArgument<SeatListInput?>("input"), ctx.CancellationToken));
        Field<NonNullGraphType<UserLicenseGraphType>>("userLicense")
            .Argument<NonNullGraphType<IdGraphType>>("userId")
            .ResolveAsync(async ctx => (object?)(await Reader(ctx)
                .LicensesAsync(ctx.Source.AccountId, [ParseId(ctx.GetArgument<string>("userId"))], ctx.CancellationToken))[0]);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserLicenseGraphType>>>>("licenses")
            .Description($"Licences of up to {LicenseReader.MaxUserIds} users in one query, in the order asked.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("userIds")
            .ResolveAsync(async ctx => (object?)await Reader(ctx).LicensesAsync(ctx.Source.AccountId,
                ctx.GetArgument<List<string>>("userIds").Select(ParseId).ToList(), ctx.CancellationToken));
    }

    private static PagingInput? Paging(IResolveFieldContext ctx) => ctx.GetArgument<LicenseRuleListInput?>("input")?.Paging;

    private static Guid ParseId(string raw) =>
        Guid.TryParse(raw, out var id) ? id : throw GraphQLErrors.Validation($"{raw} is not a user id.");

    private static LicenseReader Reader(IResolveFieldContext ctx) => ctx.RequestServices!.GetRequiredService<LicenseReader>();
}
