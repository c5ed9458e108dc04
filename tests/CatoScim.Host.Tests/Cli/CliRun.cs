using CatoScim.Host.Cli;
using CatoScim.Host.Tests.Infrastructure;

namespace CatoScim.Host.Tests.Cli;

/// <summary>Runs the operator CLI in-process with its own writers, so parallel tests never share the console.</summary>
internal sealed record CliRun(int Exit, string Out, string Error)
{
    public static async Task<CliRun> InAsync(string dataDir, params string[] args) =>
        await RunAsync([.. args, Connection(dataDir)]);

    public static string Connection(string dataDir) => $"--ConnectionStrings:CatoScim=Data Source={Path.Combine(dataDir, "catoscim.db")}";

    public static async Task<CliRun> RunAsync(string[] args, string stdin = "")
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var input = new StringReader(stdin);
        var exit = await OperatorCli.RunAsync(args, new CliConsole(output, error, input));
        return new CliRun(exit, output.ToString().Trim(), error.ToString().Trim());
    }

    public static string NewDataDir() => TestFolders.New();
}
