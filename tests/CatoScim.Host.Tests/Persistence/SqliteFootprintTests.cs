using System.Diagnostics;
using CatoScim.Host.Tests.Infrastructure;

namespace CatoScim.Host.Tests.Persistence;

/// <summary>
/// A SQLite deployment never maps the SQL Server provider's assemblies. Checked on a Host process of its own (the test
/// process loads them for the SQL Server migration tests), through the files /proc says it has mapped.
/// </summary>
public sealed class SqliteFootprintTests
{
    private static readonly string[] SqlServerAssemblies =
        ["Microsoft.Data.SqlClient.dll", "Microsoft.EntityFrameworkCore.SqlServer.dll", "Hangfire.SqlServer.dll"];

    [LinuxFact]
    public async Task A_started_sqlite_host_has_not_loaded_the_sql_server_provider()
    {
        var dataDir = TestFolders.New();
        var url = $"http://127.0.0.1:{FreePorts.Next()}";
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
        {
            Path.Combine(AppContext.BaseDirectory, "CatoScim.Host.dll"), "--urls", url,
            $"--ConnectionStrings:CatoScim=Data Source={Path.Combine(dataDir, "catoscim.db")}",
            $"--Smtp:PickupDirectory={Path.Combine(dataDir, "mail")}",
        })
        {
            start.ArgumentList.Add(arg);
        }

        using var host = Process.Start(start)!;
        host.OutputDataReceived += (_, _) => { };
        host.ErrorDataReceived += (_, _) => { };
        host.BeginOutputReadLine();
        host.BeginErrorReadLine();
        try
        {
            // Ready means migrated (every model built), Hangfire's storage and server started, and a request served.
            using var http = new HttpClient();
            var state = await Eventually.AssertAsync(
                async () => host.HasExited ? "exited" : await IsReadyAsync(http, $"{url}/health/ready") ? "ready" : "starting",
                s => s != "starting", "the Host to answer /health/ready", timeoutMs: 90_000);
            Assert.Equal("ready", state);

            var mapped = (await File.ReadAllLinesAsync($"/proc/{host.Id}/maps")).Select(l => Path.GetFileName(l.Split(' ')[^1])).ToHashSet();
            Assert.Contains("Microsoft.EntityFrameworkCore.Sqlite.dll", mapped);
            Assert.Contains("Hangfire.Storage.SQLite.dll", mapped);
            foreach (var assembly in SqlServerAssemblies)
            {
                Assert.DoesNotContain(assembly, mapped);
            }
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync();
        }
    }

    private static async Task<bool> IsReadyAsync(HttpClient http, string url)
    {
        try
        {
            return (await http.GetAsync(url)).IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }
}
