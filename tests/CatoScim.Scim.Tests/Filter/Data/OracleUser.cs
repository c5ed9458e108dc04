namespace CatoScim.Scim.Tests.Filter.Data;

/// <summary>Shape of SCIMMY's match.source users, including its non-SCIM number/date/exists attributes.</summary>
internal sealed class OracleUser
{
    public int Id { get; set; }

    public required string UserName { get; set; }

    public string? FormattedName { get; set; }

    public string? GivenName { get; set; }

    public string? FamilyName { get; set; }

    public DateTime Date { get; set; }

    public int Number { get; set; }

    public bool? Exists { get; set; }

    public List<OracleEmail> Emails { get; set; } = [];
}
