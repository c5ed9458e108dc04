using GraphQL.Types;

namespace CatoScim.Directory.ScimDirectories;

internal sealed class UpdateScimSettingsPayloadType : ObjectGraphType<ScimSettings>
{
    public UpdateScimSettingsPayloadType()
    {
        Name = "UpdateScimSettingsPayload";
        Field<NonNullGraphType<ScimSettingsGraphType>>("settings").Resolve(ctx => ctx.Source);
    }
}
