namespace CatoScim.Directory.Scim.Traffic;

/// <summary>Bound from `Scim:Health`; the status rules are described in docs/operations.md and in <see cref="ScimHealthRules"/>.</summary>
internal sealed class ScimHealthOptions
{
    /// <summary>How often the counts kept in memory (refusals, request outcomes, token use) are written and statuses judged.</summary>
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The recent window a directory turns FAILING on.</summary>
    public TimeSpan FailingWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Failures within <see cref="FailingWindow"/> it takes to turn FAILING.</summary>
    public int FailingMinFailures { get; set; } = 5;

    /// <summary>How long a failure keeps a directory DEGRADED.</summary>
    public TimeSpan DegradedWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Without any request for this long, a directory that connected before is IDLE.</summary>
    public TimeSpan IdleAfter { get; set; } = TimeSpan.FromHours(24);

    public bool IsValid() =>
        FlushInterval >= TimeSpan.FromMilliseconds(100) && FlushInterval <= TimeSpan.FromMinutes(10)
        && FailingWindow >= TimeSpan.FromMinutes(1) && FailingWindow <= TimeSpan.FromHours(1)
        && DegradedWindow >= TimeSpan.FromMinutes(1) && DegradedWindow <= TimeSpan.FromHours(24)
        && IdleAfter >= TimeSpan.FromHours(1)
        && FailingMinFailures >= 1;
}
