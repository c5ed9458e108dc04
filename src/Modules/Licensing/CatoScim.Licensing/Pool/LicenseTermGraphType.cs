using GraphQL.Types;

namespace CatoScim.Licensing.Pool;

internal sealed class LicenseTermGraphType : ObjectGraphType<LicensePool>
{
    public LicenseTermGraphType()
    {
        Name = "LicenseTerm";
        Field<DateTimeGraphType>("start").Resolve(ctx => ctx.Source.TermStart);
        Field<DateTimeGraphType>("end").Resolve(ctx => ctx.Source.TermEnd);
    }
}
