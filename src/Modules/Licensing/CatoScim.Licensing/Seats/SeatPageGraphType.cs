using CatoScim.ModuleKit.GraphQL;
using GraphQL.Types;

namespace CatoScim.Licensing.Seats;

internal sealed class SeatPageGraphType : ObjectGraphType<SeatPage>
{
    public SeatPageGraphType()
    {
        Name = "LicenseAssignmentPage";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SeatGraphType>>>>("items").Resolve(ctx => ctx.Source.Items);
        Field<NonNullGraphType<PageInfoType>>("paging").Resolve(ctx => ctx.Source.Paging);
    }
}
