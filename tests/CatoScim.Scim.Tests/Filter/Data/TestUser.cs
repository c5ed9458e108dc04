namespace CatoScim.Scim.Tests.Filter.Data;

/// <summary>Shaped like the real user row: only the primary work email, normalized columns for case-insensitive attributes.</summary>
internal sealed class TestUser
{
    public Guid Id { get; set; }

    public required string UserName { get; set; }

    public required string UserNameNormalized { get; set; }

    public string? ExternalId { get; set; }

    public string? DisplayName { get; set; }

    public string? GivenName { get; set; }

    public string? Email { get; set; }

    public string? EmailNormalized { get; set; }

    public string? Department { get; set; }

    public bool Active { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime LastModifiedUtc { get; set; }
}
