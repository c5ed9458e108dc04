using CatoScim.Licensing.Contracts;
using CatoScim.Licensing.Contracts.Seats;
using GraphQL.Types;

namespace CatoScim.Licensing.Seats;

/// <summary>Values are the contract's names, so another module that filters by it by name reads the same strings.</summary>
internal sealed class LicenseStatusGraphType : EnumerationGraphType
{
    public LicenseStatusGraphType()
    {
        Name = LicensingGraphTypes.LicenseStatus;
        Add(LicenseStatuses.Assigned, LicenseStatuses.Assigned, "Holds a seat.");
        Add(LicenseStatuses.Pending, LicenseStatuses.Pending, "Covered by a rule and eligible, waiting for a free seat.");
        Add(LicenseStatuses.None, LicenseStatuses.None, "No rule covers the user, or the user is not eligible.");
    }
}
