using CatoScim.Licensing.Rules;
using CatoScim.ModuleKit.GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Licensing.Seats;

internal sealed class UserLicenseGraphType : ObjectGraphType<UserLicense>
{
    public UserLicenseGraphType()
    {
        Name = "UserLicense";
        Field<NonNullGraphType<IdGraphType>>("userId").Resolve(ctx => ctx.Source.UserId);
        Field<NonNullGraphType<LicenseStatusGraphType>>("status").Resolve(ctx => ctx.Source.Status);
        Field<EnumerationGraphType<LicenseRuleKind>>("via").Description("The rule tier that covers the user; null with status NONE.").Resolve(ctx => ctx.Source.Via);
        Field<DateTimeGraphType>("since").Resolve(ctx => ctx.Source.Since);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LicenseRuleGraphType>>>>("rules")
            .Description("Every rule that covers the user, in allocation tier order; an inactive user keeps its rules without a seat.")
            .ResolveAsync(async ctx => (object?)await ctx.RequestServices!.GetRequiredService<UserLicenseRules>()
                .GetAsync(ctx.Principal().AccountId, ctx.Source.UserId, ctx.CancellationToken));
    }
}
