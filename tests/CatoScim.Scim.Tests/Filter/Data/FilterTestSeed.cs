using System.Globalization;

namespace CatoScim.Scim.Tests.Filter.Data;

internal static class FilterTestSeed
{
    public static readonly Guid Alice = Guid.Parse("11111111-1111-1111-1111-111111111111");
    public static readonly Guid Bob = Guid.Parse("22222222-2222-2222-2222-222222222222");
    public static readonly Guid Carol = Guid.Parse("33333333-3333-3333-3333-333333333333");
    public static readonly Guid Admins = Guid.Parse("aaaaaaaa-0000-0000-0000-000000000001");
    public static readonly Guid Sales = Guid.Parse("aaaaaaaa-0000-0000-0000-000000000002");
    public static readonly Guid Empty = Guid.Parse("aaaaaaaa-0000-0000-0000-000000000003");

    public static void Seed(FilterTestDbContext db)
    {
        db.OracleUsers.AddRange(ReadOracleUsers());
        db.Users.AddRange(
            User(Alice, "Alice@Acme.com", "ext-1", "Alice Smith", "alice@acme.com", "Sales", true, "2024-06-01T10:00:00Z"),
            User(Bob, "bob@b.com", "ext-2", "Bob Jones", "bob@other.org", "Engineering", false, "2023-05-01T00:00:00Z"),
            User(Carol, "a@b.com", null, "Carol", null, null, true, "2024-01-01T00:00:00Z"));
        db.Groups.AddRange(
            new TestGroup { Id = Admins, DisplayName = "Admins", DisplayNameNormalized = "ADMINS", Members = [new() { UserId = Alice }, new() { UserId = Bob }] },
            new TestGroup { Id = Sales, DisplayName = "Sales", DisplayNameNormalized = "SALES", Members = [new() { UserId = Carol }] },
            new TestGroup { Id = Empty, DisplayName = "Empty", DisplayNameNormalized = "EMPTY" });
        db.SaveChanges();
    }

    private static TestUser User(
        Guid id, string userName, string? externalId, string displayName, string? email, string? department, bool active, string modified) => new()
        {
            Id = id,
            UserName = userName,
            UserNameNormalized = userName.ToUpperInvariant(),
            ExternalId = externalId,
            DisplayName = displayName,
            GivenName = displayName.Split(' ')[0],
            Email = email,
            EmailNormalized = email?.ToUpperInvariant(),
            Department = department,
            Active = active,
            CreatedUtc = new DateTime(2023, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            LastModifiedUtc = DateTime.Parse(modified, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal),
        };

    private static IEnumerable<OracleUser> ReadOracleUsers() =>
        ScimCases.Load("filter.json")["match"]!["source"]!.AsArray().Select(node => new OracleUser
        {
            Id = (int)node!["id"]!,
            UserName = (string)node["userName"]!,
            FormattedName = (string?)node["name"]?["formatted"],
            GivenName = (string?)node["name"]?["givenName"],
            FamilyName = (string?)node["name"]?["familyName"],
            Date = DateTime.Parse((string)node["date"]!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal),
            Number = (int)node["number"]!,
            Exists = (bool?)node["exists"],
            Emails = node["emails"]!.AsArray().Select(e => new OracleEmail
            {
                Type = (string)e!["type"]!,
                Value = (string)e["value"]!,
                Primary = (bool)e["primary"]!,
            }).ToList(),
        });
}
