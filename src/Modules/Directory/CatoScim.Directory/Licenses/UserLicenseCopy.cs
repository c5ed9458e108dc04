using CatoScim.Licensing.Contracts.Seats;

namespace CatoScim.Directory.Licenses;

/// <summary>
/// Licensing's licence status of one user, kept from <see cref="UserLicenseStatusChanged"/> so the user list can
/// filter by it without reading Licensing's tables. A user without a row is NONE; the row goes with the user.
/// </summary>
internal sealed class UserLicenseCopy
{
    public const int StatusMax = 10;

    public Guid UserId { get; init; }
    public Guid AccountId { get; init; }

    /// <summary>One of <see cref="LicenseStatuses"/>.</summary>
    public string Status { get; set; } = LicenseStatuses.None;

    /// <summary>The notification's Version: only a higher one changes the row.</summary>
    public long Version { get; set; }

    /// <summary>When Licensing changed the status.</summary>
    public DateTime ChangedAt { get; set; }
}
