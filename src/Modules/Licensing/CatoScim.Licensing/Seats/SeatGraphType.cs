using CatoScim.Licensing.Rules;
using GraphQL.Types;

namespace CatoScim.Licensing.Seats;

internal sealed class SeatGraphType : ObjectGraphType<SeatView>
{
    public SeatGraphType()
    {
        Name = "LicenseAssignment";
        Field<NonNullGraphType<IdGraphType>>("userId").Resolve(ctx => ctx.Source.UserId);
        Field<NonNullGraphType<StringGraphType>>("userName").Resolve(ctx => ctx.Source.UserName);
        Field<NonNullGraphType<SeatStatusGraphType>>("status").Resolve(ctx => ctx.Source.Status);
        Field<NonNullGraphType<EnumerationGraphType<LicenseRuleKind>>>("via").Resolve(ctx => ctx.Source.Via);
        Field<NonNullGraphType<DateTimeGraphType>>("since").Description("When the current status began.").Resolve(ctx => ctx.Source.Since);
    }
}
