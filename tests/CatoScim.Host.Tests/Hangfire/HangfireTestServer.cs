using CatoScim.Host.Tests.Infrastructure;
using Hangfire;
using Hangfire.Common;
using Hangfire.Storage;
using Hangfire.Storage.Monitoring;
using Hangfire.Storage.SQLite;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Host.Tests.Hangfire;

/// <summary>
/// A real Hangfire <see cref="BackgroundJobServer"/> on the Host's job database (hangfire.db in its data folder),
/// with the Host's job activator and filters (the test Host runs no server). Its storage polls the queue every
/// 100 ms instead of 15 s. The Host's recurring jobs follow the wall clock, so they are removed first: only the
/// jobs a test enqueues run.
/// </summary>
internal sealed class HangfireTestServer : IDisposable
{
    private readonly BackgroundJobServer _server;

    private HangfireTestServer(CatoScimFactory factory)
    {
        var services = factory.Services;
        var filters = services.GetRequiredService<IJobFilterProvider>();
        Storage = new SQLiteStorage(Path.Combine(factory.DataDir, "hangfire.db"), new SQLiteStorageOptions { QueuePollInterval = TimeSpan.FromMilliseconds(100) });
        var recurring = new RecurringJobManager(Storage, filters);
        using (var connection = Storage.GetConnection())
        {
            foreach (var job in connection.GetRecurringJobs())
            {
                recurring.RemoveIfExists(job.Id);
            }
        }

        Client = new BackgroundJobClient(Storage, filters);
        _server = new BackgroundJobServer(new BackgroundJobServerOptions
        {
            ServerName = "tests",
            WorkerCount = 1,
            Activator = services.GetRequiredService<JobActivator>(),
            FilterProvider = filters,
        }, Storage);
    }

    public JobStorage Storage { get; }

    public IBackgroundJobClient Client { get; }

    public static HangfireTestServer Start(CatoScimFactory factory) => new(factory);

    /// <summary>Waits until the job is in <paramref name="state"/>; returns its state history, oldest first.</summary>
    public async Task<List<StateHistoryDto>> WaitForStateAsync(string jobId, string state)
    {
        await Eventually.AssertAsync(() => Task.FromResult(StateOf(jobId)), s => s == state, $"Hangfire job {jobId} to reach {state}", timeoutMs: 60_000);
        return [.. Storage.GetMonitoringApi().JobDetails(jobId).History.OrderBy(h => h.CreatedAt)];
    }

    public string? Parameter(string jobId, string name)
    {
        using var connection = Storage.GetConnection();
        return connection.GetJobParameter(jobId, name);
    }

    public void Dispose()
    {
        _server.SendStop();
        _server.Dispose();
    }

    private string? StateOf(string jobId)
    {
        using var connection = Storage.GetConnection();
        return connection.GetStateData(jobId)?.Name;
    }
}
