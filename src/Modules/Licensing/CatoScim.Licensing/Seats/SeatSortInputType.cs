using GraphQL.Types;

namespace CatoScim.Licensing.Seats;

internal sealed class SeatSortInputType : InputObjectGraphType<SeatSort>
{
    public SeatSortInputType()
    {
        Name = "LicenseAssignmentSortInput";
        Field<EnumerationGraphType<SeatSortField>>("field").DefaultValue(SeatSortField.AllocationOrder);
        Field<EnumerationGraphType<SeatSortDirection>>("direction").DefaultValue(SeatSortDirection.Asc);
    }
}
