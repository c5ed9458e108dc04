using GraphQL.Types;

namespace CatoScim.Directory.Users;

internal sealed class UserFilterInputType : InputObjectGraphType<UserFilter>
{
    public UserFilterInputType()
    {
        Name = "UserFilterInput";
        Description = "All given conditions must hold.";
        Field(f => f.Search, nullable: true)
            .Description("Case-insensitive substring of userName, email, givenName, familyName or displayName.");
        Field<EnumerationGraphType<UserStatus>>("status");
        Field<EnumerationGraphType<UserOrigin>>("origin");
        Field<IdGraphType>("directoryId").Description("Only users linked to this SCIM directory.");
    }
}
