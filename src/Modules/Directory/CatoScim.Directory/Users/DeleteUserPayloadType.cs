using GraphQL.Types;

namespace CatoScim.Directory.Users;

internal sealed class DeleteUserPayloadType : ObjectGraphType<UserView>
{
    public DeleteUserPayloadType()
    {
        Name = "DeleteUserPayload";
        Field<NonNullGraphType<UserGraphType>>("user").Resolve(ctx => ctx.Source);
    }
}
