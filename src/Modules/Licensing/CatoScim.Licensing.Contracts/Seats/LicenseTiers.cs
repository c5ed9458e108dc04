namespace CatoScim.Licensing.Contracts.Seats;

/// <summary>Values of <see cref="LicenseAssigned.Via"/>: the rule tier that covers the user, in the order seats are served.</summary>
public static class LicenseTiers
{
    public const string User = "USER";
    public const string Group = "GROUP";
    public const string AllScimUsers = "ALL_SCIM_USERS";
}
