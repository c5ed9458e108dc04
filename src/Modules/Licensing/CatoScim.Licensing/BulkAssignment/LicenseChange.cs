using CatoScim.Licensing.Rules;
using CatoScim.Licensing.Seats;

namespace CatoScim.Licensing.BulkAssignment;

/// <summary>
/// One user's line of a bulk call: `Rule` is the USER rule the call created or removed, `License` the user's licence
/// as the call committed it (null for NOT_FOUND).
/// </summary>
internal sealed record LicenseChange(string UserId, LicenseChangeOutcome Outcome, LicenseRule? Rule, UserLicense? License);
