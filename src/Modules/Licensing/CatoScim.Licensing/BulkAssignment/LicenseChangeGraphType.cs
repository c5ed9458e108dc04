using CatoScim.Licensing.Rules;
using CatoScim.Licensing.Seats;
using GraphQL.Types;

namespace CatoScim.Licensing.BulkAssignment;

internal sealed class LicenseChangeGraphType : ObjectGraphType<LicenseChange>
{
    public LicenseChangeGraphType()
    {
        Name = "LicenseChange";
        Field<NonNullGraphType<IdGraphType>>("userId").Resolve(ctx => ctx.Source.UserId);
        Field<NonNullGraphType<LicenseChangeOutcomeGraphType>>("outcome").Resolve(ctx => ctx.Source.Outcome);
        Field<LicenseRuleGraphType>("rule").Description("The USER rule this call created or removed; null when it changed none.")
            .Resolve(ctx => ctx.Source.Rule);
        Field<UserLicenseGraphType>("license").Description("The user's licence as the call left it; null with NOT_FOUND.")
            .Resolve(ctx => ctx.Source.License);
    }
}
