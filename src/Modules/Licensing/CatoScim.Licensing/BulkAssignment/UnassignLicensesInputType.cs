using GraphQL.Types;

namespace CatoScim.Licensing.BulkAssignment;

internal sealed class UnassignLicensesInputType : InputObjectGraphType<LicenseUsersInput>
{
    public UnassignLicensesInputType()
    {
        Name = "UnassignLicensesInput";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("userIds").Description($"Up to {BulkAssignmentEditor.MaxUserIds} user ids; repeats count once.");
    }
}
