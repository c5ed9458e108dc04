namespace CatoScim.Directory.Scim;

/// <summary>Bound from the `Scim` configuration section.</summary>
internal sealed class ScimOptions
{
    /// <summary>Largest page a list request gets, advertised as filter.maxResults.</summary>
    public int MaxResults { get; set; } = 500;

    /// <summary>Okta custom apps PUT whole groups (50,000 members is about 2.5 MB), so the default leaves room.</summary>
    public long MaxRequestBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Sustained requests per second per directory; Entra sends up to 25. 0 turns the limit off.</summary>
    public int RateLimitPerSecond { get; set; } = 100;

    public int RateLimitBurst { get; set; } = 200;

    /// <summary>Groups with more members are returned without `members`: rendering 100k members per GET would stall Okta.</summary>
    public int MaxMembersRendered { get; set; } = 10_000;
}
