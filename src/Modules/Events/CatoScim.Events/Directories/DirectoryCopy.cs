namespace CatoScim.Events.Directories;

/// <summary>Events' copy of a SCIM directory's display facts, so digests say "Okta US (OKTA)" rather than an id.</summary>
internal sealed class DirectoryCopy
{
    public Guid DirectoryId { get; init; }
    public Guid AccountId { get; init; }
    public string Name { get; set; } = "";
    public string Provider { get; set; } = "";
    public DateTime AsOf { get; set; }
}
