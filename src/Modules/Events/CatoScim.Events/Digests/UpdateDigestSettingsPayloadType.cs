using GraphQL.Types;

namespace CatoScim.Events.Digests;

internal sealed class UpdateDigestSettingsPayloadType : ObjectGraphType<DigestSettings>
{
    public UpdateDigestSettingsPayloadType()
    {
        Name = "UpdateDigestSettingsPayload";
        Field<NonNullGraphType<DigestSettingsGraphType>>("digest").Resolve(ctx => ctx.Source);
    }
}
