namespace CatoScim.Scim.Tests.Filter.Data;

internal sealed class TestMembership
{
    public Guid GroupId { get; set; }

    public Guid UserId { get; set; }
}
