using CatoScim.Host.Tests.Infrastructure;

namespace CatoScim.Host.Tests.Security;

public sealed class ProductionErrorDetailsTests
{
    private static readonly string TooComplex = "{ " + string.Join(' ', Enumerable.Range(0, 300).Select(i => $"a{i}: __schema {{ types {{ name fields {{ name type {{ name }} }} }} }}")) + " }";

    [Theory]
    [InlineData("Development", true)]
    [InlineData("Production", false)]
    public async Task GraphQL_errors_carry_exception_details_only_in_development(string environment, bool detailed)
    {
        await using var factory = new CatoScimFactory(environment: environment);
        var (_, key) = await factory.CreateAccountAsync();
        var body = await factory.GraphQL(key).ErrorAsync(TooComplex, "COMPLEXITY");
        var extensions = body.GetProperty("errors")[0].GetProperty("extensions");
        Assert.Equal(detailed, extensions.TryGetProperty("details", out _));
    }
}
