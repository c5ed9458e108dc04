using CatoScim.ModuleKit.GraphQL;
using GraphQL.Types;

namespace CatoScim.Licensing.Seats;

internal sealed class SeatSortInputType : InputObjectGraphType<SeatSort>
{
    public SeatSortInputType()
    {
        Name = "LicenseAssignmentSortInput";
        Field<SeatSortFieldGraphType>("field").DefaultValue(SeatSortField.AllocationOrder);
        Field<SortDirectionGraphType>("direction").DefaultValue(SortDirection.Asc);
    }
}
