using CatoScim.Licensing.Seats;
using CatoScim.ModuleKit.GraphQL;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Licensing.Rules;

/// <summary>Rule fields of `LicensingQueries`.</summary>
internal static class RuleQueries
{
    public static void Add(ObjectGraphType<AccountScope> queries) =>
        queries.Field<NonNullGraphType<LicenseRulePageGraphType>>("rules")
            .Description("Oldest first.")
            .Argument<LicenseRulesInputType>("input")
            .ResolveAsync(async ctx => (object?)await ctx.RequestServices!.GetRequiredService<LicenseReader>()
                .RulesAsync(ctx.Source.AccountId, ctx.GetArgument<LicenseRuleListInput?>("input"), ctx.CancellationToken));
}
