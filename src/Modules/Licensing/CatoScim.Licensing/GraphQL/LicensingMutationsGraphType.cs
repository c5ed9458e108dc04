using CatoScim.Licensing.BulkAssignment;
using CatoScim.Licensing.Pool;
using CatoScim.Licensing.Rules;
using CatoScim.ModuleKit.GraphQL;
using GraphQL.Types;

namespace CatoScim.Licensing.GraphQL;

internal sealed class LicensingMutationsGraphType : ObjectGraphType<AccountScope>
{
    public LicensingMutationsGraphType()
    {
        Name = "LicensingMutations";
        PoolMutations.Add(this);
        RuleMutations.Add(this);
        BulkAssignmentMutations.Add(this);
    }
}
