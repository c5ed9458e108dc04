using System.Globalization;

namespace CatoScim.Bench;

internal static class BenchOptionsParser
{
    public const string Usage = """
        usage: CatoScim.Bench (--scim-base URL --token TOKEN | --url URL --api-key KEY --account ACCOUNT_ID)
                              [--users N] [--concurrency C] [--phases create,lookup,page,put,deactivate[,groups]]
                              [--page-size P] [--group-members M] [--warmup W] [--timeout-seconds S] [--json PATH] [--allow-remote]
                              [--host-pid PID] [--iterations N] [--console-warmup W]
        The console phase (--phases console) times the admin console's GraphQL documents and needs --url, --api-key and --account.
        """;

    private static readonly HashSet<string> ValueOptions = new(StringComparer.Ordinal)
    {
        "--scim-base", "--token", "--url", "--api-key", "--account", "--users", "--concurrency",
        "--phases", "--page-size", "--group-members", "--warmup", "--timeout-seconds", "--json", "--host-pid", "--iterations", "--console-warmup",
    };

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var allowRemote = false;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name is "-h" or "--help")
            {
                return new BenchOptions { ShowHelp = true };
            }

            if (name == "--allow-remote")
            {
                allowRemote = true;
                continue;
            }

            if (!ValueOptions.Contains(name))
            {
                throw new BenchUsageException($"unknown option '{name}'");
            }

            if (i + 1 >= args.Count)
            {
                throw new BenchUsageException($"option {name} needs a value");
            }

            values[name] = args[++i];
        }

        var options = new BenchOptions
        {
            ScimBase = OptionalUri(values, "--scim-base"),
            Token = values.GetValueOrDefault("--token"),
            AdminUrl = OptionalUri(values, "--url"),
            ApiKey = values.GetValueOrDefault("--api-key"),
            AccountId = values.GetValueOrDefault("--account"),
            Users = Int(values, "--users", 1000, 1, 10_000_000),
            Concurrency = Int(values, "--concurrency", 1, 1, 1024),
            Phases = values.TryGetValue("--phases", out var phases) ? PhaseCatalog.ParseNames(phases) : PhaseCatalog.DefaultPhases,
            PageSize = Int(values, "--page-size", 100, 1, 10_000),
            GroupMembers = Int(values, "--group-members", 50_000, 1, 1_000_000),
            Warmup = Int(values, "--warmup", 100, 0, 100_000),
            Timeout = TimeSpan.FromSeconds(Int(values, "--timeout-seconds", 30, 1, 3600)),
            JsonPath = values.GetValueOrDefault("--json", "bench-results.json"),
            AllowRemote = allowRemote,
            HostPid = values.ContainsKey("--host-pid") ? Int(values, "--host-pid", 0, 1, int.MaxValue) : null,
            Iterations = Int(values, "--iterations", 30, 1, 100_000),
            ConsoleWarmup = Int(values, "--console-warmup", 3, 0, 1000),
        };
        ValidateMode(options);
        return options;
    }

    private static void ValidateMode(BenchOptions o)
    {
        var direct = o.ScimBase is not null || o.Token is not null;
        var provision = o.AdminUrl is not null || o.ApiKey is not null || o.AccountId is not null;
        if (direct == provision)
        {
            throw new BenchUsageException("give either --scim-base and --token, or --url, --api-key and --account");
        }

        if (direct && o.Phases.Contains("console"))
        {
            throw new BenchUsageException("the console phase needs --url, --api-key and --account (it sends GraphQL, not SCIM)");
        }

        if (direct && (o.ScimBase is null || string.IsNullOrEmpty(o.Token)))
        {
            throw new BenchUsageException("--scim-base and --token must be given together");
        }

        if (provision && (o.AdminUrl is null || string.IsNullOrEmpty(o.ApiKey) || string.IsNullOrEmpty(o.AccountId)))
        {
            throw new BenchUsageException("--url, --api-key and --account must be given together");
        }

        // This workplace forbids traffic to anything but this machine unless explicitly overridden.
        var target = o.ScimBase ?? o.AdminUrl!;
        if (!o.AllowRemote && !LoopbackGuard.IsLoopback(target))
        {
            throw new BenchUsageException($"refusing non-loopback host '{target.Host}' (pass --allow-remote to override)");
        }
    }

    private static Uri? OptionalUri(Dictionary<string, string> values, string name)
    {
        if (!values.TryGetValue(name, out var text))
        {
            return null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new BenchUsageException($"{name} must be an absolute http(s) URL, got '{text}'");
        }

        return uri;
    }

    private static int Int(Dictionary<string, string> values, string name, int fallback, int min, int max)
    {
        if (!values.TryGetValue(name, out var text))
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw new BenchUsageException($"{name} must be an integer in [{min}, {max}], got '{text}'");
        }

        return value;
    }
}
