namespace CatoScim.Directory.Scim.Traffic;

/// <summary>Bound from `Scim:Health`; the status rules are described in docs/operations.md.</summary>
internal sealed class ScimHealthOptions
{
    /// <summary>How often the counts kept in memory (refusals, request outcomes, token use) are written.</summary>
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromSeconds(15);

    public bool IsValid() => FlushInterval >= TimeSpan.FromMilliseconds(100) && FlushInterval <= TimeSpan.FromMinutes(10);
}
