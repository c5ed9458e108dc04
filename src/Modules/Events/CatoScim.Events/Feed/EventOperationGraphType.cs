using CatoScim.Events.Provisioning;

namespace CatoScim.Events.Feed;

internal sealed class EventOperationGraphType() : StoredValueGraphType("EventOperation",
    "What happened (USER_CREATED, ...); for a failed SCIM request, the operation attempted (USER_CREATE, ...).", ProvisioningOperations.All);
