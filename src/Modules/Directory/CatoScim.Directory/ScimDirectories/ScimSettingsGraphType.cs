using GraphQL.Types;

namespace CatoScim.Directory.ScimDirectories;

internal sealed class ScimSettingsGraphType : ObjectGraphType<ScimSettings>
{
    public ScimSettingsGraphType()
    {
        Name = "ScimSettings";
        Field(s => s.Enabled).Description("When false, every SCIM request of the account is refused with 401.");
    }
}
