using GraphQL.Types;

namespace CatoScim.Directory.Groups;

/// <summary>Groups are mostly written by an IdP, so there is no admin "by" to show, only the times.</summary>
internal sealed class GroupAuditGraphType : ObjectGraphType<Group>
{
    public GroupAuditGraphType()
    {
        Name = "GroupAudit";
        Field<NonNullGraphType<DateTimeGraphType>>("createdAt").Resolve(ctx => ctx.Source.CreatedAt);
        Field<NonNullGraphType<DateTimeGraphType>>("updatedAt").Resolve(ctx => ctx.Source.UpdatedAt);
    }
}
