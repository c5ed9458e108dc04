using GraphQL.Types;

namespace CatoScim.Directory.Users;

internal sealed class UpdateUserPayloadType : ObjectGraphType<UserView>
{
    public UpdateUserPayloadType()
    {
        Name = "UpdateUserPayload";
        Field<NonNullGraphType<UserGraphType>>("user").Resolve(ctx => ctx.Source);
    }
}
