namespace CatoScim.Licensing.Contracts.Seats;

/// <summary>
/// A user's licence status: <see cref="UserLicenseStatusChanged.Status"/> and the names of the `LicenseStatus` GraphQL
/// enum. Stored in outbox rows and in consumers' copies, so they never change.
/// </summary>
public static class LicenseStatuses
{
    /// <summary>The user holds a seat.</summary>
    public const string Assigned = "ASSIGNED";

    /// <summary>A rule covers the user and they are eligible, but no seat is free.</summary>
    public const string Pending = "PENDING";

    /// <summary>No rule covers the user, or they are not eligible (deactivated, deleted).</summary>
    public const string None = "NONE";

    public static readonly IReadOnlyList<string> All = [Assigned, Pending, None];
}
