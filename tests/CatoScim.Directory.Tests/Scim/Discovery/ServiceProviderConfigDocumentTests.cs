using CatoScim.Directory.Scim.Discovery;
using CatoScim.Scim.Tests;

namespace CatoScim.Directory.Tests.Scim.Discovery;

/// <summary>
/// The document's shape and JSON kinds. Whether each flag matches what the running server does is checked over
/// HTTP in CatoScim.Host.Tests (Scim/ServiceProviderConfigTests).
/// </summary>
public sealed class ServiceProviderConfigDocumentTests
{
    private const string BaseUrl = "https://scim.example.com/scim/v2/";

    [Fact]
    public void Config_has_every_rfc_7643_section_5_key_with_the_right_kinds()
    {
        var config = ServiceProviderConfigDocument.Build(BaseUrl, maxResults: 200, etagSupported: false);

        ScimJsonAssert.Schemas(config, "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig");
        Assert.True(ScimJsonAssert.Boolean(ScimJsonAssert.Object(config, "patch"), "supported"));
        Assert.False(ScimJsonAssert.Boolean(ScimJsonAssert.Object(config, "changePassword"), "supported"));
        Assert.True(ScimJsonAssert.Boolean(ScimJsonAssert.Object(config, "sort"), "supported"));

        var bulk = ScimJsonAssert.Object(config, "bulk");
        Assert.False(ScimJsonAssert.Boolean(bulk, "supported"));
        Assert.Equal(0, ScimJsonAssert.Integer(bulk, "maxOperations"));
        Assert.Equal(0, ScimJsonAssert.Integer(bulk, "maxPayloadSize"));

        var filter = ScimJsonAssert.Object(config, "filter");
        Assert.True(ScimJsonAssert.Boolean(filter, "supported"));
        Assert.Equal(200, ScimJsonAssert.Integer(filter, "maxResults"));

        ScimJsonAssert.Meta(config, "ServiceProviderConfig", "https://scim.example.com/scim/v2/ServiceProviderConfig");
    }

    [Fact]
    public void The_only_authentication_scheme_is_a_primary_bearer_token()
    {
        var config = ServiceProviderConfigDocument.Build(BaseUrl, 100, false);

        var scheme = Assert.IsType<System.Text.Json.Nodes.JsonObject>(Assert.Single(ScimJsonAssert.Array(config, "authenticationSchemes")));
        Assert.Equal("oauthbearertoken", ScimJsonAssert.String(scheme, "type"));
        Assert.NotEmpty(ScimJsonAssert.String(scheme, "name"));
        Assert.NotEmpty(ScimJsonAssert.String(scheme, "description"));
        Assert.True(ScimJsonAssert.Boolean(scheme, "primary"));
    }

    [Fact]
    public void Bad_arguments_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ServiceProviderConfigDocument.Build(BaseUrl, 0, false));
        Assert.Throws<ArgumentException>(() => ServiceProviderConfigDocument.Build("/scim/v2", 100, false));
    }
}
