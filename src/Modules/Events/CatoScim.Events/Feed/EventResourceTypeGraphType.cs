using CatoScim.Events.Provisioning;

namespace CatoScim.Events.Feed;

internal sealed class EventResourceTypeGraphType() : StoredValueGraphType("EventResourceType",
    "What the event is about: a user, a group, a SCIM directory or the licence pool and its rules.", ProvisioningResourceTypes.All);
