using CatoScim.Licensing.Rules;

namespace CatoScim.Licensing.Seats;

internal sealed record UserLicense(Guid UserId, LicenseStatus Status, LicenseRuleKind? Via, DateTime? Since)
{
    /// <summary>`seat` is the user's seat row, null when no rule covers them or they are not eligible.</summary>
    public static UserLicense Of(Guid userId, SeatAssignment? seat) => seat is null
        ? new UserLicense(userId, LicenseStatus.None, null, null)
        : new UserLicense(userId, seat.Status == SeatStatus.Assigned ? LicenseStatus.Assigned : LicenseStatus.Pending, seat.Via, seat.Since);
}
