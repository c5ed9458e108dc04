namespace CatoScim.Licensing.Seats;

/// <summary>A user's licence as admins see it; NONE when no rule covers them or they are not eligible.</summary>
internal enum LicenseStatus
{
    Assigned,
    Pending,
    None,
}
