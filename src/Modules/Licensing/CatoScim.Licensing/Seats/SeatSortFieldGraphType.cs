using GraphQL.Types;

namespace CatoScim.Licensing.Seats;

internal sealed class SeatSortFieldGraphType : EnumerationGraphType<SeatSortField>
{
    public SeatSortFieldGraphType() => Name = "LicenseAssignmentSortField";
}
