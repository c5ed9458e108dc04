using System.Collections.Concurrent;
using CatoScim.Events.Persistence;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Host.Tests.Events;

/// <summary>
/// Stands in for Hangfire's client to see the moment a job is enqueued: it looks, from a connection of its own, whether
/// the alert the job will read is already committed.
/// </summary>
internal sealed class RecordingJobClient : IBackgroundJobClient
{
    public IServiceProvider? Services { get; set; }

    public ConcurrentQueue<(Guid AlertId, bool Committed)> Enqueued { get; } = new();

    public string Create(Job job, IState state)
    {
        ArgumentNullException.ThrowIfNull(job);
        var alertId = (Guid)job.Args[0];
        using var scope = Services!.CreateScope();
        var committed = scope.ServiceProvider.GetRequiredService<EventsDbContext>().Alerts.AsNoTracking().Any(a => a.Id == alertId);
        Enqueued.Enqueue((alertId, committed));
        return $"{Enqueued.Count}";
    }

    public bool ChangeState(string jobId, IState state, string expectedState) => false;
}
