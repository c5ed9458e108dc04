using GraphQL.Types;

namespace CatoScim.Events.Digests;

internal sealed class UpdateDigestSettingsInputType : InputObjectGraphType<UpdateDigestSettingsInput>
{
    public UpdateDigestSettingsInputType()
    {
        Name = "UpdateDigestSettingsInput";
        Field(i => i.Enabled, nullable: true);
    }
}
