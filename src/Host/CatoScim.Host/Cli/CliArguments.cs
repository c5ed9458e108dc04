namespace CatoScim.Host.Cli;

/// <summary>`verb noun --option value --flag`; options the CLI does not know are handed on as configuration overrides.</summary>
internal sealed class CliArguments
{
    private static readonly HashSet<string> Known = ["name", "json", "account", "role", "key", "expires", "password"];
    private readonly Dictionary<string, string?> _options = new(StringComparer.OrdinalIgnoreCase);

    public List<string> Words { get; } = [];
    public List<string> Passthrough { get; } = [];

    public static CliArguments Parse(string[] args)
    {
        var parsed = new CliArguments();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                parsed.Words.Add(arg);
                continue;
            }

            var name = arg[2..];
            if (!Known.Contains(name))
            {
                parsed.Passthrough.Add(arg);
                if (!arg.Contains('=', StringComparison.Ordinal) && i + 1 < args.Length)
                {
                    parsed.Passthrough.Add(args[++i]);
                }

                continue;
            }

            var hasValue = name != "json" && i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
            parsed._options[name] = hasValue ? args[++i] : null;
        }

        return parsed;
    }

    public bool Has(string name) => _options.ContainsKey(name);

    public string Required(string name) =>
        _options.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value
            : throw new CliException($"--{name} is required.");

    public string? Optional(string name) => _options.GetValueOrDefault(name);
}
