using CatoScim.Scim.Protocol;

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

    /// <summary>Requests of one directory in progress at once (see ScimConcurrencyLimiter); 0 turns the limit off.</summary>
    public int MaxConcurrentRequests { get; set; } = 32;

    /// <summary>
    /// Member entries per Group response built in memory: a list page ends before the group that would pass it, and a
    /// group over it is served alone with its members streamed. Never a group without its members: a client that PUTs
    /// back what it read would empty it.
    /// </summary>
    public int MaxMembersRendered { get; set; } = 10_000;

    /// <summary>Nesting of parentheses, `not` and `[...]` in a filter or PATCH path; deeper is a 400, never a stack overflow.</summary>
    public int MaxFilterDepth { get; set; } = ScimLimits.Default.MaxFilterDepth;

    public int MaxFilterLength { get; set; } = ScimLimits.Default.MaxFilterLength;

    public int MaxPathLength { get; set; } = ScimLimits.Default.MaxPathLength;

    /// <summary>Okta and Entra send a handful of operations per PATCH; 1,000 leaves room for any batching client.</summary>
    public int MaxPatchOperations { get; set; } = ScimLimits.Default.MaxPatchOperations;

    /// <summary>Entra sends a few hundred member values per operation, Okta pushes groups in batches; 10,000 fits both.</summary>
    public int MaxPatchValues { get; set; } = ScimLimits.Default.MaxPatchValues;

    public bool LimitsAreValid()
    {
        try
        {
            Limits();
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    /// <exception cref="ArgumentOutOfRangeException">A limit is out of range (checked at startup).</exception>
    public ScimLimits Limits() =>
        new ScimLimits(MaxFilterDepth, MaxFilterLength, MaxPathLength, MaxPatchOperations, MaxPatchValues).Validate();
}
