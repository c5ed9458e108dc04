using CatoScim.Events.Alerts;
using CatoScim.Events.Digests;
using CatoScim.ModuleKit.GraphQL;
using GraphQL.Types;

namespace CatoScim.Events.GraphQL;

internal sealed class EventsMutationsGraphType : ObjectGraphType<AccountScope>
{
    public EventsMutationsGraphType()
    {
        Name = "EventsMutations";
        DigestMutations.Add(this);
        AlertMutations.Add(this);
    }
}
