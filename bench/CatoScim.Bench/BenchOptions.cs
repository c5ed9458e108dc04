namespace CatoScim.Bench;

/// <summary>Validated command line. Every count here also bounds a request loop.</summary>
internal sealed class BenchOptions
{
    public bool ShowHelp { get; init; }

    /// <summary>Set in direct mode (--scim-base/--token).</summary>
    public Uri? ScimBase { get; init; }

    public string? Token { get; init; }

    /// <summary>Set in provisioning mode (--url/--api-key/--account).</summary>
    public Uri? AdminUrl { get; init; }

    public string? ApiKey { get; init; }

    public string? AccountId { get; init; }

    public int Users { get; init; } = 1000;

    public int Concurrency { get; init; } = 1;

    public IReadOnlyList<string> Phases { get; init; } = PhaseCatalog.DefaultPhases;

    public int PageSize { get; init; } = 100;

    public int GroupMembers { get; init; } = 50_000;

    /// <summary>Unmeasured requests sent before the first phase.</summary>
    public int Warmup { get; init; } = 100;

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    public string JsonPath { get; init; } = "bench-results.json";

    public bool AllowRemote { get; init; }

    /// <summary>Measured rounds of the console phase: each sends every console request once.</summary>
    public int Iterations { get; init; } = 30;

    /// <summary>Unmeasured rounds of the console phase before the measured ones.</summary>
    public int ConsoleWarmup { get; init; } = 3;

    /// <summary>The Host's process id (--host-pid), whose CPU and memory are read from /proc per phase.</summary>
    public int? HostPid { get; init; }
}
