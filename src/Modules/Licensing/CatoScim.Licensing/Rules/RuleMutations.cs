using CatoScim.ModuleKit.GraphQL;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Licensing.Rules;

/// <summary>Rule fields of `LicensingMutations`.</summary>
internal static class RuleMutations
{
    public static void Add(ObjectGraphType<AccountScope> mutations)
    {
        mutations.Field<NonNullGraphType<CreateLicenseRulePayloadType>>("createLicenseRule")
            .Description("USER rules are served first, then GROUP, then ALL_SCIM_USERS; within a tier, earliest covered first.")
            .Argument<NonNullGraphType<CreateLicenseRuleInputType>>("input")
            .ResolveAsync(async ctx =>
            {
                var input = ctx.GetArgument<CreateLicenseRuleInput>("input");
                return (object?)await Rules(ctx).CreateAsync(ctx.Source, input.Kind, input.UserId, input.GroupId, ctx.CancellationToken);
            });
        mutations.Field<NonNullGraphType<DeleteLicenseRulePayloadType>>("deleteLicenseRule")
            .Description("Users no other rule covers lose their seat; waiting users get the freed seats.")
            .Argument<NonNullGraphType<DeleteLicenseRuleInputType>>("input")
            .ResolveAsync(async ctx => (object?)await Rules(ctx).DeleteAsync(ctx.Source,
                ctx.GetArgument<DeleteLicenseRuleInput>("input").RuleId, ctx.CancellationToken));
    }

    private static RuleEditor Rules(IResolveFieldContext ctx) => ctx.RequestServices!.GetRequiredService<RuleEditor>();
}
