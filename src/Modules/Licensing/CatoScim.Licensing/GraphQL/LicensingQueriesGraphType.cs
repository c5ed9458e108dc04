using CatoScim.Licensing.Pool;
using CatoScim.Licensing.Rules;
using CatoScim.Licensing.Seats;
using CatoScim.ModuleKit.GraphQL;
using GraphQL.Types;

namespace CatoScim.Licensing.GraphQL;

internal sealed class LicensingQueriesGraphType : ObjectGraphType<AccountScope>
{
    public LicensingQueriesGraphType()
    {
        Name = "LicensingQueries";
        PoolQueries.Add(this);
        RuleQueries.Add(this);
        SeatQueries.Add(this);
    }
}
