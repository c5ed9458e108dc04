using CatoScim.Licensing.Rules;

namespace CatoScim.Licensing.Seats;

internal sealed record UserLicense(Guid UserId, LicenseStatus Status, LicenseRuleKind? Via, DateTime? Since);
