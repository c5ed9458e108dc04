using GraphQL.Types;

namespace CatoScim.Directory.ScimDirectories;

internal sealed class ScimProviderGraphType : EnumerationGraphType<ScimProvider>
{
    public ScimProviderGraphType()
    {
        Name = "ScimProvider";
        Description = "The identity provider a SCIM directory is connected to.";
    }

    // The default constant case would turn OneLogin into ONE_LOGIN; outside tools send ONELOGIN.
    protected override string ChangeEnumCase(string val) => val.ToUpperInvariant();
}
