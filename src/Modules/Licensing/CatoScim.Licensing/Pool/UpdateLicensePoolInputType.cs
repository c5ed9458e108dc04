using CatoScim.ModuleKit.GraphQL;
using GraphQL.Types;

namespace CatoScim.Licensing.Pool;

/// <summary>An omitted term bound keeps its value and an explicit null clears it, so the input is built knowing which were given.</summary>
internal sealed class UpdateLicensePoolInputType : InputObjectGraphType<PoolUpdate>
{
    public UpdateLicensePoolInputType()
    {
        Name = "UpdateLicensePoolInput";
        Field<NonNullGraphType<IntGraphType>>("total").Description("Seats bought; refused below the seats allocated.");
        Field<DateTimeGraphType>("termStart");
        Field<DateTimeGraphType>("termEnd");
        Field<BooleanGraphType>("releaseOnDisable").Description("Whether deactivated users give their seat back; unchanged when omitted.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        var termStart = Optional<object>.Of(value, "termStart");
        var termEnd = Optional<object>.Of(value, "termEnd");
        return new PoolUpdate((int)value["total"]!, termStart.IsSet, Utc(termStart.Value), termEnd.IsSet, Utc(termEnd.Value),
            Optional<bool?>.Of(value, "releaseOnDisable").Value);
    }

    private static DateTime? Utc(object? value) => value switch
    {
        DateTime d => d.ToUniversalTime(),
        DateTimeOffset o => o.UtcDateTime,
        _ => null,
    };
}
