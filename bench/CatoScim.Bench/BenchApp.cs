using System.Globalization;
using System.Security.Cryptography;

namespace CatoScim.Bench;

/// <summary>Exit codes: 0 clean, 1 some phase had errors, 2 bad command line, 3 setup failed, 130 interrupted.</summary>
internal static class BenchApp
{
    public static async Task<int> RunAsync(string[] args)
    {
        BenchOptions options;
        HostProcessProbe? host;
        try
        {
            options = BenchOptionsParser.Parse(args);
            host = options.HostPid is { } pid ? HostProcessProbe.Open(pid, Console.Error) : null;
        }
        catch (BenchUsageException ex)
        {
            await Console.Error.WriteLineAsync($"error: {ex.Message}\n{BenchOptionsParser.Usage}");
            return 2;
        }

        if (options.ShowHelp)
        {
            Console.WriteLine(BenchOptionsParser.Usage);
            return 0;
        }

        using var cts = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cts.Cancel();
        };

        var runId = DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "-" + RandomNumberGenerator.GetHexString(4, lowercase: true);
        using var http = BenchHttp.Create(options);
        ScimTarget? target = null;
        try
        {
            if (PhaseCatalog.UsesScim(options.Phases))
            {
                target = options.ScimBase is not null
                    ? new ScimTarget(options.ScimBase, options.Token!)
                    : await ScimDirectoryProvisioner.ProvisionAsync(http, options, runId, cts.Token);
            }
        }
        catch (Exception ex) when (ex is GraphQlException or HttpRequestException or TaskCanceledException)
        {
            await Console.Error.WriteLineAsync($"setup via GraphQL failed: {ex.Message}");
            return 3;
        }

        var consoleApi = options.AdminUrl is not null ? new ConsoleClient(http, options.AdminUrl, options.ApiKey!) : null;
        var context = new BenchContext(target is null ? null : new ScimClient(http, target), consoleApi, options, runId, cts.Token);
        var phaseExitCode = await PhaseRunner.RunAsync(context, new PhaseCpuMeter(host, TimeProvider.System, Console.Error));

        var results = context.AllStats().Select(s => s.ToResult()).ToArray();
        Console.WriteLine($"run {runId}: users={options.Users} concurrency={options.Concurrency} target={target?.BaseUri.ToString() ?? options.AdminUrl?.ToString()} host-pid={host?.Pid.ToString(CultureInfo.InvariantCulture) ?? "-"}");
        ResultsTable.Print(results, Console.Out);
        var jsonWritten = TryWriteJson(options, runId, host?.Pid, results);

        var failed = results.Where(r => r.Errors > 0).Select(r => r.Name).ToArray();
        if (failed.Length > 0)
        {
            await Console.Error.WriteLineAsync($"errors in: {string.Join(", ", failed)}");
        }

        return phaseExitCode != 0 ? phaseExitCode : failed.Length > 0 || !jsonWritten ? 1 : 0;
    }

    private static bool TryWriteJson(BenchOptions options, string runId, int? hostPid, PhaseResult[] results)
    {
        try
        {
            ResultsJson.Write(options.JsonPath, runId, options, hostPid, results);
            Console.WriteLine($"json written to {Path.GetFullPath(options.JsonPath)}");
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The table is already on stdout, so a bad --json path loses nothing but the file.
            Console.Error.WriteLine($"could not write {options.JsonPath}: {ex.Message}");
            return false;
        }
    }
}
