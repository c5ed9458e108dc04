using System.CommandLine;
using System.Globalization;
using CatoScim.ModuleKit.GraphQL;

namespace CatoScim.Host.Cli;

/// <summary>Options more than one verb takes; a new instance per verb, since an option belongs to its command.</summary>
internal static class CliOptions
{
    public static Option<bool> Json() => new("--json") { Description = "Print the result as JSON on stdout." };

    public static Option<Guid> Account() => Id("--account", "ID", "The account's id.");

    public static Option<Guid> Id(string name, string helpName, string description) => new(name)
    {
        Description = description,
        Required = true,
        HelpName = helpName,
        CustomParser = r =>
        {
            var text = r.Tokens.Single().Value;
            if (Guid.TryParse(text, out var id))
            {
                return id;
            }

            r.AddError($"{name} is an id (a GUID), not '{text}'.");
            return default;
        },
    };

    /// <summary>Null when absent; the verb decides the default (and says it in its description).</summary>
    public static Option<AdminRole?> Role(string description) => new("--role")
    {
        Description = description,
        HelpName = "EDITOR|VIEWER",
        CustomParser = r =>
        {
            var text = r.Tokens.Single().Value;
            if (Enum.TryParse<AdminRole>(text, ignoreCase: true, out var role) && Enum.IsDefined(role) && !char.IsAsciiDigit(text[0]))
            {
                return role;
            }

            r.AddError($"--role is EDITOR or VIEWER, not '{text}'.");
            return null;
        },
    };

    public static Option<DateTime?> Expires() => new("--expires")
    {
        Description = "When the key stops working (ISO 8601; UTC unless it names an offset).",
        HelpName = "2030-01-01T00:00:00Z",
        CustomParser = r =>
        {
            var text = r.Tokens.Single().Value;
            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
            {
                return at.UtcDateTime;
            }

            r.AddError($"--expires is an ISO 8601 time such as 2030-01-01T00:00:00Z, not '{text}'.");
            return null;
        },
    };
}
