using GraphQL.Types;

namespace CatoScim.Directory.Users;

internal sealed class UserDirectoryGraphType : ObjectGraphType<UserView>
{
    public UserDirectoryGraphType()
    {
        Name = "UserDirectory";
        Description = "The SCIM directory a user is linked to.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.User.DirectoryId);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(ctx => ctx.Source.DirectoryName);
    }
}
