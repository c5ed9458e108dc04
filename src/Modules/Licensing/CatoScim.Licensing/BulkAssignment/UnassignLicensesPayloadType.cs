using CatoScim.Licensing.Pool;
using GraphQL.Types;

namespace CatoScim.Licensing.BulkAssignment;

internal sealed class UnassignLicensesPayloadType : ObjectGraphType<LicenseChanges>
{
    public UnassignLicensesPayloadType()
    {
        Name = "UnassignLicensesPayload";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LicenseChangeGraphType>>>>("changes")
            .Description("One per distinct user id, in the order given.").Resolve(ctx => ctx.Source.Changes);
        Field<NonNullGraphType<LicensePoolGraphType>>("licensePool").Description("The pool as the call left it.").Resolve(ctx => ctx.Source.Pool);
    }
}
