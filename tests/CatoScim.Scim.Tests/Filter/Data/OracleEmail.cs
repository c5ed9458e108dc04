namespace CatoScim.Scim.Tests.Filter.Data;

internal sealed class OracleEmail
{
    public int Id { get; set; }

    public int OracleUserId { get; set; }

    public required string Type { get; set; }

    public required string Value { get; set; }

    public bool Primary { get; set; }
}
