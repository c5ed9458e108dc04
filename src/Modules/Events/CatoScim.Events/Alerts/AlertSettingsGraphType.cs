using GraphQL.Types;

namespace CatoScim.Events.Alerts;

internal sealed class AlertSettingsGraphType : ObjectGraphType<AlertSettingsView>
{
    public AlertSettingsGraphType()
    {
        Name = "AlertSettings";
        Field(s => s.DirectoryFailing).Description("Email at once when a SCIM directory turns FAILING, and once more when it is HEALTHY again.");
        Field(s => s.TokenExpiring).Description("Email when a SCIM token expires within tokenWarningDays; at most once a day per token.");
        Field(s => s.LicensePoolExhausted).Description("Email when the licence pool runs out while covered users wait for a seat.");
        Field(s => s.TokenWarningDays).Description("How many days before a SCIM token expires the warnings start (1 to 90).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("recipients")
            .Description("The account's alert recipients, the same as the digest's; change them with `account { updateAccount(input: {alertRecipients}) }`.")
            .Resolve(ctx => ctx.Source.Recipients);
    }
}
