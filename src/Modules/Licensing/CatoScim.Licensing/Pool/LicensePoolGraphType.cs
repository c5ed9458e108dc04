using GraphQL.Types;

namespace CatoScim.Licensing.Pool;

internal sealed class LicensePoolGraphType : ObjectGraphType<LicensePool>
{
    public LicensePoolGraphType()
    {
        Name = "LicensePool";
        Field<NonNullGraphType<StringGraphType>>("sku").Resolve(ctx => ctx.Source.Sku);
        Field<NonNullGraphType<IntGraphType>>("total").Resolve(ctx => ctx.Source.Total);
        Field<NonNullGraphType<IntGraphType>>("allocated").Resolve(ctx => ctx.Source.Allocated);
        Field<NonNullGraphType<IntGraphType>>("available").Resolve(ctx => ctx.Source.Available);
        Field<NonNullGraphType<IntGraphType>>("pending").Description("Covered users waiting for a seat.").Resolve(ctx => ctx.Source.Pending);
        Field<NonNullGraphType<BooleanGraphType>>("releaseOnDisable").Description("Whether deactivated users give their seat back.").Resolve(ctx => ctx.Source.ReleaseOnDisable);
        Field<NonNullGraphType<LicenseTermGraphType>>("term").Resolve(ctx => ctx.Source);
    }
}
