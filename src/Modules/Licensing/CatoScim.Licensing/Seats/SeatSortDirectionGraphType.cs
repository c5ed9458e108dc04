using GraphQL.Types;

namespace CatoScim.Licensing.Seats;

internal sealed class SeatSortDirectionGraphType : EnumerationGraphType<SeatSortDirection>
{
    public SeatSortDirectionGraphType() => Name = "LicenseAssignmentSortDirection";
}
