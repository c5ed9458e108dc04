namespace CatoScim.Directory.ScimDirectories;

/// <summary>One IdP connection of an account, with its own Base URL and tokens.</summary>
internal sealed class ScimDirectory
{
    public const int NameMaxLength = 200;

    public Guid Id { get; init; }
    public Guid AccountId { get; init; }
    public string Name { get; set; } = "";
    public ScimProvider Provider { get; set; }
    public DateTime CreatedAt { get; init; }
    public string CreatedBy { get; init; } = "";
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
    public DateTime? LastRequestAt { get; set; }

    public string BaseUrl(string origin) => $"{origin}/scim/v2/{AccountId}/{Id}";
}
