using System.CommandLine;
using System.CommandLine.Parsing;
using CatoScim.Host.Cli.Verbs;

namespace CatoScim.Host.Cli;

/// <summary>The operator verbs; with none, Program starts the server.</summary>
internal static class OperatorCli
{
    private const int Failure = 1;
    private const int UsageError = 2;

    /// <summary>
    /// True when the command line names anything besides configuration (`--Key value`, `--Key=value`): a verb, help,
    /// or a word the CLI will report as unknown rather than starting the server on a typo.
    /// </summary>
    public static bool IsCommand(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "--help" or "--version" || !arg.StartsWith("--", StringComparison.Ordinal))
            {
                return true;
            }

            if (!arg.Contains('=', StringComparison.Ordinal))
            {
                i++;
            }
        }

        return false;
    }

    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console)
    {
        var (overrides, verb) = ConfigurationOverrides.Split(args);
        var root = Root(new CliContext(overrides, console));
        var parse = root.Parse(verb);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await console.Error.WriteLineAsync(error.Message);
            }

            await console.Error.WriteLineAsync($"See '{CommandPath(parse.CommandResult)} --help'.");
            return UsageError;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration
            {
                Output = console.Out,
                Error = console.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (CliException ex)
        {
            await console.Error.WriteLineAsync(ex.Message);
            return UsageError;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // An unreachable database or a bad connection string: one line for the operator, not a stack trace.
            await console.Error.WriteLineAsync($"Failed: {ex.GetType().Name}: {ex.Message}");
            return Failure;
        }
    }

    private static RootCommand Root(CliContext context)
    {
        // `help` was a verb of the hand-rolled CLI; it stays, unlisted, as another spelling of --help.
        var help = new Command("help") { Hidden = true };
        help.SetAction(parse => parse.RootCommandResult.Command.Parse(["--help"]).Invoke(parse.InvocationConfiguration));
        return new RootCommand("CatoScim: SCIM 2.0 provisioning server. Without a command it runs the server; "
            + "--Section:Key=value (or --Section:Key value) overrides configuration for the server and every command.")
        {
            MigrateCommand.Create(context),
            AccountsCommand.Create(context),
            KeysCommand.Create(context),
            StatusCommand.Create(context),
            OutboxCommand.Create(context),
            DashboardCommand.Create(context),
            SeedDemoCommand.Create(context),
            help,
        };
    }

    private static string CommandPath(CommandResult result)
    {
        var names = new List<string>();
        for (var current = result; current is not null; current = current.Parent as CommandResult)
        {
            names.Insert(0, current.Command.Name);
        }

        return string.Join(' ', names);
    }
}
