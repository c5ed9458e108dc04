using GraphQL.Types;

namespace CatoScim.Licensing.Seats;

internal sealed class SeatStatusGraphType : EnumerationGraphType<SeatStatus>
{
    public SeatStatusGraphType() => Name = "LicenseAssignmentStatus";
}
