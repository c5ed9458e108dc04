using CatoScim.Licensing.Rules;

namespace CatoScim.Licensing.Seats;

internal sealed record SeatView(Guid UserId, string UserName, SeatStatus Status, LicenseRuleKind Via, DateTime Since);
