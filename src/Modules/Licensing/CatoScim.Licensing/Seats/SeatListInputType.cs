using CatoScim.ModuleKit.GraphQL;
using GraphQL.Types;

namespace CatoScim.Licensing.Seats;

internal sealed class SeatListInputType : InputObjectGraphType<SeatListInput>
{
    public SeatListInputType()
    {
        Name = "LicenseAssignmentsInput";
        Field<SeatFilterInputType>("filter");
        Field<PagingInputType>("paging");
        Field<SeatSortInputType>("sort");
    }
}
