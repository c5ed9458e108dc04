using CatoScim.Licensing.Contracts.Seats;
using CatoScim.Licensing.Rules;

namespace CatoScim.Licensing.Seats;

/// <summary>`Status` is one of <see cref="LicenseStatuses"/>.</summary>
internal sealed record UserLicense(Guid UserId, string Status, LicenseRuleKind? Via, DateTime? Since)
{
    /// <summary>`seat` is the user's seat row, null when no rule covers them or they are not eligible.</summary>
    public static UserLicense Of(Guid userId, SeatAssignment? seat) =>
        new(userId, StatusOf(seat), seat?.Via, seat?.Since);

    public static string StatusOf(SeatAssignment? seat) => seat is null ? LicenseStatuses.None : StatusOf(seat.Status);

    public static string StatusOf(SeatStatus status) => status == SeatStatus.Assigned ? LicenseStatuses.Assigned : LicenseStatuses.Pending;
}
