using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using CatoScim.Host.Hangfire;
using CatoScim.Host.Tests.Infrastructure;

namespace CatoScim.Host.Tests.Hangfire;

/// <summary>Loads the recurring-jobs page of a real Kestrel Host in headless Chromium, as an operator would.</summary>
public sealed class DashboardBrowserTests
{
    [ChromiumFact]
    public async Task Recurring_jobs_page_lists_the_jobs_with_ops_credentials_and_is_refused_without()
    {
        var port = FreePort();
        await using var factory = new CatoScimFactory(environment: "Production", settings: new()
        {
            ["Hangfire:Dashboard:Username"] = "ops",
            ["Hangfire:Dashboard:PasswordHash"] = DashboardCredentials.Hash("s3cret-ops"),
        });
        factory.UseKestrel(o => o.Listen(IPAddress.Loopback, port));
        factory.StartServer();

        var page = await DumpDomAsync($"http://ops:s3cret-ops@127.0.0.1:{port}/hangfire/recurring");
        Assert.Contains("provisioning-digest", page, StringComparison.Ordinal);
        Assert.Contains("events-retention", page, StringComparison.Ordinal);
        Assert.Contains("outbox-purge", page, StringComparison.Ordinal);

        var refused = await DumpDomAsync($"http://127.0.0.1:{port}/hangfire/recurring");
        Assert.DoesNotContain("provisioning-digest", refused, StringComparison.Ordinal);
        Assert.DoesNotContain("outbox-purge", refused, StringComparison.Ordinal);
        using var http = new HttpClient();
        using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/hangfire/recurring"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static async Task<string> DumpDomAsync(string url)
    {
        var profile = TestFolders.New();
        var start = new ProcessStartInfo(ChromiumFactAttribute.Path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", $"--user-data-dir={profile}", "--dump-dom", url })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        _ = await errors;
        return await output;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
