using System.Diagnostics.Metrics;

namespace CatoScim.Directory.Scim.Refusals;

/// <summary>
/// `catoscim.scim.refused` on the `CatoScim.Directory` meter, tagged with the reason only: a tenant id as a tag
/// would let anyone who can guess URLs grow the metric's cardinality without limit.
/// </summary>
internal sealed class ScimRefusalMetrics
{
    public const string MeterName = "CatoScim.Directory";
    public const string InstrumentName = "catoscim.scim.refused";
    public const string ReasonTag = "reason";

    /// <summary>The URL names no directory of that account (or none that ever had a token): never recorded as an event.</summary>
    public const string UnknownDirectory = "DIRECTORY_UNKNOWN";

    /// <summary>The client address failed to authenticate too often; refused before any credential is looked at.</summary>
    public const string AddressThrottled = "ADDRESS_THROTTLED";

    private readonly Counter<long> _refused;

    public ScimRefusalMetrics(IMeterFactory meters) =>
        _refused = meters.Create(MeterName).CreateCounter<long>(InstrumentName, "{request}", "SCIM requests refused before reaching an endpoint, by reason.");

    public void Add(string reason) => _refused.Add(1, new KeyValuePair<string, object?>(ReasonTag, reason));
}
