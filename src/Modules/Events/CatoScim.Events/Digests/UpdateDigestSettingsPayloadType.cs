using GraphQL.Types;

namespace CatoScim.Events.Digests;

internal sealed class UpdateDigestSettingsPayloadType : ObjectGraphType<DigestSettings>
{
    public UpdateDigestSettingsPayloadType()
    {
        Name = "UpdateDigestSettingsPayload";
        Field<NonNullGraphType<DigestSettingsGraphType>>("digestSettings").Resolve(ctx => ctx.Source);
        // The name before the payloads carried their object under its type's name; kept for existing clients.
        Field<NonNullGraphType<DigestSettingsGraphType>>("digest").DeprecationReason("Use digestSettings.").Resolve(ctx => ctx.Source);
    }
}
