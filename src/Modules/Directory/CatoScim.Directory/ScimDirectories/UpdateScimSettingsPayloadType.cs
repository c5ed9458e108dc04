using GraphQL.Types;

namespace CatoScim.Directory.ScimDirectories;

internal sealed class UpdateScimSettingsPayloadType : ObjectGraphType<ScimSettings>
{
    public UpdateScimSettingsPayloadType()
    {
        Name = "UpdateScimSettingsPayload";
        Field<NonNullGraphType<ScimSettingsGraphType>>("scimSettings").Resolve(ctx => ctx.Source);
        // Other tools select `settings { enabled }` here; the old name keeps working for them.
        Field<NonNullGraphType<ScimSettingsGraphType>>("settings").DeprecationReason("Use scimSettings.").Resolve(ctx => ctx.Source);
    }
}
