using GraphQL.Types;

namespace CatoScim.Events.Alerts;

internal sealed class UpdateAlertSettingsPayloadType : ObjectGraphType<AlertSettingsView>
{
    public UpdateAlertSettingsPayloadType()
    {
        Name = "UpdateAlertSettingsPayload";
        Field<NonNullGraphType<AlertSettingsGraphType>>("alertSettings").Resolve(ctx => ctx.Source);
    }
}
