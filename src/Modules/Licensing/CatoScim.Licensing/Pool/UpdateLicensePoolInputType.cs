using GraphQL.Types;

namespace CatoScim.Licensing.Pool;

internal sealed class UpdateLicensePoolInputType : InputObjectGraphType
{
    public UpdateLicensePoolInputType()
    {
        Name = "UpdateLicensePoolInput";
        Field<NonNullGraphType<IntGraphType>>("total").Description("Seats bought; refused below the seats allocated.");
        Field<DateTimeGraphType>("termStart");
        Field<DateTimeGraphType>("termEnd");
        Field<BooleanGraphType>("releaseOnDisable").Description("Whether deactivated users give their seat back; unchanged when omitted.");
    }
}
