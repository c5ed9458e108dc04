using CatoScim.Events.Provisioning;
using GraphQL.Types;

namespace CatoScim.Events.Feed;

internal sealed class ProvisioningActionGraphType : EnumerationGraphType<ProvisioningAction>
{
    public ProvisioningActionGraphType()
    {
        Name = "ProvisioningAction";
        Description = "SUCCESS: applied; FAILURE: the service refused the request; DISABLED: the IdP deactivated the user.";
    }
}
