using CatoScim.Events.Provisioning;

namespace CatoScim.Events.Feed;

internal sealed record ActionCount(ProvisioningAction Action, int Count);
