namespace CatoScim.Scim.Tests.Filter.Data;

internal sealed class TestGroup
{
    public Guid Id { get; set; }

    public required string DisplayName { get; set; }

    public required string DisplayNameNormalized { get; set; }

    public List<TestMembership> Members { get; set; } = [];
}
