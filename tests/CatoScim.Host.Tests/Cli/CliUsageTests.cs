using CatoScim.Host.Cli;

namespace CatoScim.Host.Tests.Cli;

public sealed class CliUsageTests
{
    public static TheoryData<string, string[]> Verbs => new()
    {
        { "", ["migrate", "accounts", "keys", "status", "dashboard", "--Section:Key"] },
        { "migrate", ["--json"] },
        { "accounts", ["create", "list"] },
        { "accounts create", ["--name", "--json"] },
        { "accounts list", ["--json"] },
        { "keys", ["create", "list", "revoke"] },
        { "keys create", ["--account", "--role", "--name", "--expires", "--json"] },
        { "keys list", ["--account", "--json"] },
        { "keys revoke", ["--account", "--key", "--json"] },
        { "status", ["--json"] },
        { "dashboard", ["hash-password"] },
        { "dashboard hash-password", ["--password", "--json"] },
    };

    [Theory]
    [MemberData(nameof(Verbs))]
    public async Task Help_on_every_verb_prints_its_usage_and_options_without_touching_a_database(string verb, string[] mentions)
    {
        var words = verb.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        var run = await CliRun.RunAsync([.. words, "--help"]);

        Assert.Equal(0, run.Exit);
        Assert.Empty(run.Error);
        Assert.Contains("Usage:", run.Out, StringComparison.Ordinal);
        Assert.Contains(verb.Length == 0 ? " [command] [options]" : $" {verb} [", run.Out, StringComparison.Ordinal);
        Assert.All(mentions, m => Assert.Contains(m, run.Out, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_old_help_verb_still_prints_the_root_usage()
    {
        var help = await CliRun.RunAsync(["help"]);
        var option = await CliRun.RunAsync(["--help"]);

        Assert.Equal(0, help.Exit);
        Assert.Equal(option.Out, help.Out);
        Assert.Contains("Commands:", help.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_misspelt_option_fails_on_stderr_with_exit_code_2_and_runs_nothing()
    {
        var run = await CliRun.RunAsync(["accounts", "create", "--nmae", "Acme", "--json"]);

        Assert.Equal(2, run.Exit);
        Assert.Empty(run.Out);
        Assert.Contains("'--nmae'", run.Error, StringComparison.Ordinal);
        Assert.Contains("accounts create --help", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_required_option_is_named()
    {
        var run = await CliRun.InAsync(CliRun.NewDataDir(), "accounts", "create");

        Assert.Equal(2, run.Exit);
        Assert.Contains("'--name' is required", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("keys list --account nope", "--account is an id (a GUID), not 'nope'.")]
    [InlineData("keys create --account 0199a000-0000-7000-8000-000000000000 --role ADMIN", "--role is EDITOR or VIEWER, not 'ADMIN'.")]
    [InlineData("keys create --account 0199a000-0000-7000-8000-000000000000 --expires soon", "--expires is an ISO 8601 time such as 2030-01-01T00:00:00Z, not 'soon'.")]
    [InlineData("accounts", "Required command was not provided.")]
    [InlineData("acounts list", "Unrecognized command or argument 'acounts'.")]
    public async Task A_wrong_value_or_command_fails_with_exit_code_2_and_says_why(string commandLine, string message)
    {
        var run = await CliRun.RunAsync(commandLine.Split(' '));

        Assert.Equal(2, run.Exit);
        Assert.Empty(run.Out);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(false, "--urls", "http://127.0.0.1:5080")]
    [InlineData(false, "--Scim:RateLimitPerSecond=0", "--environment", "Production")]
    [InlineData(true, "migrate")]
    [InlineData(true, "--help")]
    [InlineData(true, "--ConnectionStrings:CatoScim", "Data Source=x.db", "status")]
    [InlineData(true, "acounts")]
    [InlineData(true, "help")]
    public void Only_configuration_on_the_command_line_runs_the_server(bool isCommand, params string[] args) =>
        Assert.Equal(isCommand, OperatorCli.IsCommand(args));

    [Fact]
    public void Configuration_overrides_in_both_forms_are_set_apart_from_the_verb()
    {
        var (overrides, verb) = ConfigurationOverrides.Split(
            ["keys", "--ConnectionStrings:CatoScim", "Data Source=x.db", "list", "--Database:Provider=Sqlite", "--account", "id", "--environment", "Production"]);

        Assert.Equal(["--ConnectionStrings:CatoScim", "Data Source=x.db", "--Database:Provider=Sqlite", "--environment", "Production"], overrides);
        Assert.Equal(["keys", "list", "--account", "id"], verb);
    }
}
