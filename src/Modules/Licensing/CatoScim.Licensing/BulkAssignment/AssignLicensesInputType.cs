using GraphQL.Types;

namespace CatoScim.Licensing.BulkAssignment;

internal sealed class AssignLicensesInputType : InputObjectGraphType<LicenseUsersInput>
{
    public AssignLicensesInputType()
    {
        Name = "AssignLicensesInput";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("userIds").Description($"Up to {BulkAssignmentEditor.MaxUserIds} user ids; repeats count once.");
    }
}
