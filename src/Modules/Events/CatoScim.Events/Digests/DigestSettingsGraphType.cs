using GraphQL.Types;

namespace CatoScim.Events.Digests;

internal sealed class DigestSettingsGraphType : ObjectGraphType<DigestSettings>
{
    public DigestSettingsGraphType()
    {
        Name = "DigestSettings";
        Field(s => s.Enabled).Description("Whether the account gets the provisioning digest email.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("recipients")
            .Description("The account's alert recipients, also `account { alertRecipients }`; change them here or with `updateAccount`.")
            .Resolve(ctx => ctx.Source.Recipients);
    }
}
