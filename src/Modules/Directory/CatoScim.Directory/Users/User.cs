using CatoScim.Directory.Contracts.Users;

namespace CatoScim.Directory.Users;

/// <summary>
/// A user of an account. `UserName` keeps the IdP's casing; `UserNameNormalized` (upper invariant) carries the
/// per-account uniqueness and every case-insensitive lookup, so `userName eq` is one index seek.
/// </summary>
internal sealed class User
{
    public Guid Id { get; init; }
    public Guid AccountId { get; init; }
    public Guid? DirectoryId { get; set; }
    public UserOrigin Origin { get; set; }
    public string UserName { get; private set; } = "";
    public string? ExternalId { get; private set; }
    public string? GivenName { get; private set; }
    public string? FamilyName { get; private set; }
    public string? DisplayName { get; private set; }
    public string? Email { get; private set; }
    public string? Phone { get; private set; }
    public string? Title { get; private set; }
    public string? Department { get; private set; }
    public string? EmployeeNumber { get; private set; }
    public string? CostCenter { get; private set; }
    public string? Organization { get; private set; }
    public string? Division { get; private set; }
    public string UserNameNormalized { get; private set; } = "";
    public string? EmailNormalized { get; private set; }

    /// <summary>
    /// Upper-cased by the database (computed columns, never written here), so that the admin list's NAME sort and its
    /// search read one index instead of upper-casing and sorting every user of the account.
    /// </summary>
    public string? FamilyNameUpper { get; private set; }

    public string? GivenNameUpper { get; private set; }

    public string? DisplayNameUpper { get; private set; }
    public bool Active { get; set; } = true;
    public DateTime CreatedAt { get; init; }
    public string CreatedBy { get; init; } = "";
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
    public int Version { get; set; } = 1;

    /// <summary>The kept attributes as one value, for comparing and replacing them together.</summary>
    public UserFields Fields => new()
    {
        UserName = UserName,
        ExternalId = ExternalId,
        GivenName = GivenName,
        FamilyName = FamilyName,
        DisplayName = DisplayName,
        Email = Email,
        Phone = Phone,
        Title = Title,
        Department = Department,
        EmployeeNumber = EmployeeNumber,
        CostCenter = CostCenter,
        Organization = Organization,
        Division = Division,
    };

    public void Apply(UserFields fields)
    {
        UserName = fields.UserName;
        ExternalId = fields.ExternalId;
        GivenName = fields.GivenName;
        FamilyName = fields.FamilyName;
        DisplayName = fields.DisplayName;
        Email = fields.Email;
        Phone = fields.Phone;
        Title = fields.Title;
        Department = fields.Department;
        EmployeeNumber = fields.EmployeeNumber;
        CostCenter = fields.CostCenter;
        Organization = fields.Organization;
        Division = fields.Division;
        UserNameNormalized = Normalize(fields.UserName)!;
        EmailNormalized = Normalize(fields.Email);
    }

    public static string? Normalize(string? value) => value?.ToUpperInvariant();

    public void Touch(DateTime now, string actor)
    {
        UpdatedAt = now;
        UpdatedBy = actor;
    }

    public UserRef ToRef() => new(AccountId, Id, Fields.UserName, Fields.ExternalId, DirectoryId, Origin.Name(), Active);
}
