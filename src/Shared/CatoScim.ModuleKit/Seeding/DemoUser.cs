namespace CatoScim.ModuleKit.Seeding;

/// <summary>A demo user; with a `DirectoryId` it is a SCIM user of that directory, without one a MANUAL user.</summary>
public sealed record DemoUser(
    Guid Id,
    Guid? DirectoryId,
    string UserName,
    string? ExternalId,
    string GivenName,
    string FamilyName,
    string Email,
    string Title,
    string Department,
    string EmployeeNumber,
    bool Active,
    DateTime CreatedAt,
    DateTime UpdatedAt)
{
    public string DisplayName => $"{GivenName} {FamilyName}";
}
