using System.Net;
using CatoScim.Host.Tests.Infrastructure;

namespace CatoScim.Host.Tests.Scim;

public sealed class ScimSmokeTests
{
    [Fact]
    public async Task Create_and_get_a_user()
    {
        await using var factory = new CatoScimFactory();
        var scim = await factory.CreateScimClientAsync();
        var created = await scim.PostAsync("/Users", """{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"Ann@Acme.com","name":{"givenName":"Ann","familyName":"Lee"},"emails":[{"value":"ann@acme.com","type":"work","primary":true}],"active":true}""");
        Assert.Equal(HttpStatusCode.Created, created.Status);
        var id = created.Str("id");
        var fetched = await scim.GetAsync($"/Users/{id}");
        Assert.Equal(HttpStatusCode.OK, fetched.Status);
        Assert.Equal("Ann@Acme.com", fetched.Str("userName"));
        var list = await scim.GetAsync("/Users?filter=" + Uri.EscapeDataString("userName eq \"ann@acme.COM\""));
        Assert.Equal(1, list.Json.GetProperty("totalResults").GetInt32());
    }
}
