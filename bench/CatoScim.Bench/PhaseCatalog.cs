namespace CatoScim.Bench;

internal static class PhaseCatalog
{
    public static readonly IReadOnlyList<string> DefaultPhases = ["create", "lookup", "page", "put", "deactivate"];

    // Canonical run order; "groups" is opt-in because it provisions tens of thousands of extra users, "console" because
    // it needs an account filled beforehand (seed-demo) and times GraphQL, not SCIM.
    private static readonly IBenchPhase[] All =
    [
        new CreatePhase(),
        new LookupPhase(),
        new PagePhase(),
        new PutPhase(),
        new DeactivatePhase(),
        new GroupPushPhase(),
        new ConsolePhase(),
    ];

    public static IReadOnlyList<string> ParseNames(string commaSeparated)
    {
        var names = commaSeparated.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var name in names)
        {
            if (!Array.Exists(All, p => p.Name == name))
            {
                var known = string.Join(", ", All.Select(p => p.Name));
                throw new BenchUsageException($"unknown phase '{name}' (known: {known})");
            }
        }

        if (names.Length == 0)
        {
            throw new BenchUsageException("--phases is empty");
        }

        var needsUsers = All.Any(p => p.RequiresCreatedUsers && names.Contains(p.Name));
        if (needsUsers && !names.Contains("create"))
        {
            throw new BenchUsageException("phases lookup, page, put and deactivate need the create phase in the same run");
        }

        return names;
    }

    /// <summary>True when some selected phase sends SCIM requests, so the run needs a SCIM directory and token.</summary>
    public static bool UsesScim(IReadOnlyList<string> names) => Select(names).Any(p => p.UsesScim);

    /// <summary>Selected phases in canonical order, whatever order they were listed in.</summary>
    public static IReadOnlyList<IBenchPhase> Select(IReadOnlyList<string> names) =>
        All.Where(p => names.Contains(p.Name)).ToArray();
}
