using CatoScim.ModuleKit.GraphQL;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Licensing.Seats;

/// <summary>Seat and per-user licence fields of `LicensingQueries`.</summary>
internal static class SeatQueries
{
    public static void Add(ObjectGraphType<AccountScope> queries)
    {
        queries.Field<NonNullGraphType<SeatPageGraphType>>("assignments")
            .Description("Users holding or waiting for a seat; by default in allocation order.")
            .Argument<SeatListInputType>("input")
            .ResolveAsync(async ctx => (object?)await Reader(ctx)
                .AssignmentsAsync(ctx.Source.AccountId, ctx.GetArgument<SeatListInput?>("input"), ctx.CancellationToken));
        queries.Field<NonNullGraphType<UserLicenseGraphType>>("userLicense")
            .Argument<NonNullGraphType<IdGraphType>>("userId")
            .ResolveAsync(async ctx => (object?)(await Reader(ctx)
                .LicensesAsync(ctx.Source.AccountId, [ParseId(ctx.GetArgument<string>("userId"), "userId")], ctx.CancellationToken))[0]);
        queries.Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserLicenseGraphType>>>>("licenses")
            .Description($"Licences of up to {LicenseReader.MaxUserIds} users in one query, in the order asked.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("userIds")
            .ResolveAsync(async ctx => (object?)await Reader(ctx).LicensesAsync(ctx.Source.AccountId,
                ctx.GetArgument<List<string>>("userIds").Select((raw, i) => ParseId(raw, $"userIds[{i}]")).ToList(), ctx.CancellationToken));
    }

    private static Guid ParseId(string raw, string field) =>
        Guid.TryParse(raw, out var id) ? id : throw GraphQLErrors.Validation(field, $"{raw} is not a user id.");

    private static LicenseReader Reader(IResolveFieldContext ctx) => ctx.RequestServices!.GetRequiredService<LicenseReader>();
}
