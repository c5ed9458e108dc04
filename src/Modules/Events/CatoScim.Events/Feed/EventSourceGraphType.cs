using CatoScim.Events.Provisioning;

namespace CatoScim.Events.Feed;

internal sealed class EventSourceGraphType() : StoredValueGraphType("EventSource",
    "Who made the change: SCIM (an IdP), ADMIN (the admin API) or SYSTEM (licence seats following provisioning).", ProvisioningSources.All);
