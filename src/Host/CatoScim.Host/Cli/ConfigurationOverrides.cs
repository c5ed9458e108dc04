namespace CatoScim.Host.Cli;

/// <summary>
/// `--Section:Key=value` and `--Section:Key value` configure the host a verb runs in, exactly as they configure the
/// server. They are taken out before System.CommandLine parses the verb, so a misspelt verb option stays an error.
/// </summary>
internal static class ConfigurationOverrides
{
    // WebApplication reads these host settings from the command line without a section.
    private static readonly string[] HostKeys = ["environment", "contentRoot", "applicationName"];

    public static (List<string> Overrides, List<string> Verb) Split(IReadOnlyList<string> args)
    {
        var overrides = new List<string>();
        var rest = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!IsOverride(arg))
            {
                rest.Add(arg);
                continue;
            }

            overrides.Add(arg);
            if (!arg.Contains('=', StringComparison.Ordinal) && i + 1 < args.Count)
            {
                overrides.Add(args[++i]);
            }
        }

        return (overrides, rest);
    }

    private static bool IsOverride(string arg)
    {
        if (!arg.StartsWith("--", StringComparison.Ordinal))
        {
            return false;
        }

        var key = arg[2..].Split('=', 2)[0];
        return key.Contains(':', StringComparison.Ordinal) || HostKeys.Contains(key, StringComparer.OrdinalIgnoreCase);
    }
}
