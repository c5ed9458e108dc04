using CatoScim.Licensing.Rules;
using GraphQL.Types;

namespace CatoScim.Licensing.Seats;

internal sealed class UserLicenseGraphType : ObjectGraphType<UserLicense>
{
    public UserLicenseGraphType()
    {
        Name = "UserLicense";
        Field<NonNullGraphType<IdGraphType>>("userId").Resolve(ctx => ctx.Source.UserId);
        Field<NonNullGraphType<EnumerationGraphType<LicenseStatus>>>("status").Resolve(ctx => ctx.Source.Status);
        Field<EnumerationGraphType<LicenseRuleKind>>("via").Description("The rule tier that covers the user; null with status NONE.").Resolve(ctx => ctx.Source.Via);
        Field<DateTimeGraphType>("since").Resolve(ctx => ctx.Source.Since);
    }
}
