using GraphQL.Types;

namespace CatoScim.Licensing.BulkAssignment;

internal sealed class LicenseChangeOutcomeGraphType : EnumerationGraphType<LicenseChangeOutcome>
{
    public LicenseChangeOutcomeGraphType()
    {
        Name = "LicenseChangeOutcome";
        Description = "assignLicenses: ASSIGNED (USER rule created, seat held), PENDING (rule created, no seat free: waiting), "
            + "INACTIVE (rule created; the user gets a seat when reactivated), ALREADY_ASSIGNED (a USER rule already named the user). "
            + "unassignLicenses: UNASSIGNED (USER rule removed, no rule covers the user), STILL_COVERED (no USER rule left, but a GROUP "
            + "or ALL_SCIM_USERS rule still covers the user: see license.rules), NOT_ASSIGNED (no rule named or covered the user). "
            + "Both: NOT_FOUND (not a user of this account).";
    }
}
