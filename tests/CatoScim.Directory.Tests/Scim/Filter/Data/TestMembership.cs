namespace CatoScim.Directory.Tests.Scim.Filter.Data;

internal sealed class TestMembership
{
    public Guid GroupId { get; set; }

    public Guid UserId { get; set; }
}
