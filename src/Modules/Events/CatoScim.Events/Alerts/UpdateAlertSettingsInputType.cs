using GraphQL.Types;

namespace CatoScim.Events.Alerts;

internal sealed class UpdateAlertSettingsInputType : InputObjectGraphType<UpdateAlertSettingsInput>
{
    public UpdateAlertSettingsInputType()
    {
        Name = "UpdateAlertSettingsInput";
        Field(i => i.DirectoryFailing, nullable: true);
        Field(i => i.TokenExpiring, nullable: true);
        Field(i => i.LicensePoolExhausted, nullable: true);
        Field(i => i.TokenWarningDays, nullable: true).Description("1 to 90.");
    }
}
