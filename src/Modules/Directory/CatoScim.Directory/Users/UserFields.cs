namespace CatoScim.Directory.Users;

/// <summary>The attributes we keep for a user (stored as columns of the user row), with their column limits.</summary>
internal sealed record UserFields
{
    public const int UserNameMax = 254;
    public const int NameMax = 128;
    public const int DisplayNameMax = 256;
    public const int EmailMax = 254;
    public const int PhoneMax = 64;
    public const int ExternalIdMax = 256;
    public const int ShortMax = 64;

    public string UserName { get; init; } = "";
    public string? ExternalId { get; init; }
    public string? GivenName { get; init; }
    public string? FamilyName { get; init; }
    public string? DisplayName { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public string? Title { get; init; }
    public string? Department { get; init; }
    public string? EmployeeNumber { get; init; }
    public string? CostCenter { get; init; }
    public string? Organization { get; init; }
    public string? Division { get; init; }
}
