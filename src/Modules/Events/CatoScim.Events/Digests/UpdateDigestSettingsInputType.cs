using GraphQL.Types;

namespace CatoScim.Events.Digests;

internal sealed class UpdateDigestSettingsInputType : InputObjectGraphType<UpdateDigestSettingsInput>
{
    public UpdateDigestSettingsInputType()
    {
        Name = "UpdateDigestSettingsInput";
        Field(i => i.Enabled, nullable: true);
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("recipients")
            .Description("Replaces the account's alert recipients (the same list as `account { alertRecipients }`); at most 50 email addresses.");
    }
}
