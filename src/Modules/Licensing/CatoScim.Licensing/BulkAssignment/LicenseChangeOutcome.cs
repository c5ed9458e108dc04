namespace CatoScim.Licensing.BulkAssignment;

/// <summary>What an assignLicenses or unassignLicenses call did for one user.</summary>
internal enum LicenseChangeOutcome
{
    Assigned,
    Pending,
    Inactive,
    AlreadyAssigned,
    Unassigned,
    StillCovered,
    NotAssigned,
    NotFound,
}
