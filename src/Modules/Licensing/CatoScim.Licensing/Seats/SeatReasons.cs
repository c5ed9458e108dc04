namespace CatoScim.Licensing.Seats;

/// <summary>Values of <c>LicenseReleased.Reason</c>; consumers switch on them, so they never change.</summary>
internal static class SeatReasons
{
    public const string Deactivated = "DEACTIVATED";
    public const string Unlinked = "UNLINKED";
    public const string Deleted = "DELETED";
    public const string NotCovered = "NOT_COVERED";
}
