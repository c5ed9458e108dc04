using CatoScim.Licensing.Pool;
using CatoScim.Licensing.Rules;
using CatoScim.ModuleKit.GraphQL;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Licensing.GraphQL;

internal sealed class LicensingMutationsGraphType : ObjectGraphType<AccountScope>
{
    public LicensingMutationsGraphType()
    {
        Name = "LicensingMutations";
        Field<NonNullGraphType<LicensePoolPayloadType>>("updateLicensePool")
            .Argument<NonNullGraphType<UpdateLicensePoolInputType>>("input")
            .ResolveAsync(async ctx =>
            {
                var input = Input(ctx);
                var update = new PoolUpdate((int)input["total"]!,
                    input.ContainsKey("termStart"), Utc(input.GetValueOrDefault("termStart")),
                    input.ContainsKey("termEnd"), Utc(input.GetValueOrDefault("termEnd")),
                    input.GetValueOrDefault("releaseOnDisable") as bool?);
                return (object?)await ctx.RequestServices!.GetRequiredService<PoolEditor>().UpdateAsync(ctx.Source.AccountId, update, ctx.CancellationToken);
            });
        Field<NonNullGraphType<LicenseRulePayloadType>>("createLicenseRule")
            .Description("USER rules are served first, then GROUP, then ALL_SCIM_USERS; within a tier, earliest covered first.")
            .Argument<NonNullGraphType<CreateLicenseRuleInputType>>("input")
            .ResolveAsync(async ctx =>
            {
                var input = Input(ctx);
                return (object?)await Rules(ctx).CreateAsync(ctx.Source.AccountId, (LicenseRuleKind)input["kind"]!,
                    input.GetValueOrDefault("userId") as string, input.GetValueOrDefault("groupId") as string, ctx.CancellationToken);
            });
        Field<NonNullGraphType<LicenseRulePayloadType>>("deleteLicenseRule")
            .Description("Users no other rule covers lose their seat; waiting users get the freed seats.")
            .Argument<NonNullGraphType<DeleteLicenseRuleInputType>>("input")
            .ResolveAsync(async ctx => (object?)await Rules(ctx).DeleteAsync(ctx.Source.AccountId, Input(ctx)["ruleId"] as string, ctx.CancellationToken));
    }

    private static DateTime? Utc(object? value) => value switch
    {
        DateTime d => d.ToUniversalTime(),
        DateTimeOffset o => o.UtcDateTime,
        _ => null,
    };

    private static Dictionary<string, object?> Input(IResolveFieldContext ctx) => ctx.GetArgument<Dictionary<string, object?>>("input");

    private static RuleEditor Rules(IResolveFieldContext ctx) => ctx.RequestServices!.GetRequiredService<RuleEditor>();
}
