using GraphQL.Types;

namespace CatoScim.Directory.Groups;

internal sealed class GroupFilterInputType : InputObjectGraphType<GroupFilter>
{
    public GroupFilterInputType()
    {
        Name = "GroupFilterInput";
        Description = "All given conditions must hold.";
        Field(f => f.Search, nullable: true).Description("Case-insensitive substring of the group name.");
        Field<EnumerationGraphType<GroupOrigin>>("origin");
        Field<IdGraphType>("directoryId").Description("Only groups provisioned by this SCIM directory.");
    }
}
