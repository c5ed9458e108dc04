using GraphQL.Types;

namespace CatoScim.Licensing.Seats;

internal sealed class SeatFilterInputType : InputObjectGraphType<SeatFilter>
{
    public SeatFilterInputType()
    {
        Name = "LicenseAssignmentFilterInput";
        Description = "All given conditions must hold.";
        Field<SeatStatusGraphType>("status");
        Field<StringGraphType>("userName").Description("Case-insensitive substring of the user's userName.");
    }
}
