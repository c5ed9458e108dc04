namespace CatoScim.Licensing.Contracts.Seats;

/// <summary>Values of <see cref="LicenseReleased.Reason"/>; stored in outbox rows and consumers switch on them, so they never change.</summary>
public static class LicenseReleaseReasons
{
    public const string Deactivated = "DEACTIVATED";
    public const string Unlinked = "UNLINKED";
    public const string Deleted = "DELETED";

    /// <summary>No rule covers the user any more.</summary>
    public const string NotCovered = "NOT_COVERED";
}
