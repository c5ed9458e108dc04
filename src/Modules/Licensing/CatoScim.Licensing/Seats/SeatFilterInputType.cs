using GraphQL.Types;

namespace CatoScim.Licensing.Seats;

internal sealed class SeatFilterInputType : InputObjectGraphType<SeatFilter>
{
    public SeatFilterInputType()
    {
        Name = "LicenseAssignmentFilterInput";
        Field<SeatStatusGraphType>("status");
    }
}
