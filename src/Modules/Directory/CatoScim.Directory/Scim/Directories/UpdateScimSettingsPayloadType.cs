using GraphQL.Types;

namespace CatoScim.Directory.Scim.Directories;

internal sealed class UpdateScimSettingsPayloadType : ObjectGraphType<ScimSettings>
{
    public UpdateScimSettingsPayloadType()
    {
        Name = "UpdateScimSettingsPayload";
        Field<NonNullGraphType<ScimSettingsGraphType>>("settings").Resolve(ctx => ctx.Source);
    }
}
