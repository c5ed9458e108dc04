using GraphQL.Types;

namespace CatoScim.Directory.Users;

internal sealed class CreateUserPayloadType : ObjectGraphType<UserView>
{
    public CreateUserPayloadType()
    {
        Name = "CreateUserPayload";
        Field<NonNullGraphType<UserGraphType>>("user").Resolve(ctx => ctx.Source);
    }
}
