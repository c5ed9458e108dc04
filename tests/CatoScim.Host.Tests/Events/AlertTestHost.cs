using CatoScim.Directory.Persistence;
using CatoScim.Events.Alerts;
using CatoScim.Events.Directories;
using CatoScim.Events.Persistence;
using CatoScim.Host.Tests.Hangfire;
using CatoScim.Host.Tests.Infrastructure;
using CatoScim.Licensing.Persistence;
using CatoScim.ModuleKit.Outbox;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Host.Tests.Events;

/// <summary>
/// The Host with an account that has alert recipients, a real SMTP server and a real Hangfire server for the alert jobs.
/// Notifications go into the Directory and Licensing outboxes, as those modules publish them.
/// </summary>
internal sealed class AlertTestHost : IAsyncDisposable
{
    private AlertTestHost(TestSmtpServer smtp, DigestTestHost host)
    {
        Smtp = smtp;
        Host = host;
        Hangfire = HangfireTestServer.Start(host.Factory);
    }

    public TestSmtpServer Smtp { get; }
    public DigestTestHost Host { get; }
    public HangfireTestServer Hangfire { get; }
    public CatoScimFactory Factory => Host.Factory;
    public Guid AccountId => Host.AccountId;
    public DateTime Now => Factory.Time.GetUtcNow().UtcDateTime;

    public static async Task<AlertTestHost> StartAsync(params string[] recipients)
    {
        var smtp = new TestSmtpServer();
        return new AlertTestHost(smtp, await DigestTestHost.StartAsync(DigestTestHost.Smtp(smtp), recipients));
    }

    /// <summary>A directory Events has heard of, so alerts can name it.</summary>
    public async Task<Guid> DirectoryAsync(string name)
    {
        var id = Guid.NewGuid();
        await Factory.AddAsync(new DirectoryCopy { DirectoryId = id, AccountId = AccountId, Name = name, Provider = "OKTA", AsOf = Now });
        return id;
    }

    /// <summary>All in one commit, so the dispatcher delivers them as one run.</summary>
    public async Task PublishDirectoryAsync(params INotification[] notifications)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
        foreach (var notification in notifications)
        {
            db.Publish(notification, Now);
        }

        await db.SaveChangesAsync();
    }

    public async Task PublishLicensingAsync(INotification notification)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LicensingDbContext>();
        db.Publish(notification, Now);
        await db.SaveChangesAsync();
    }

    public async Task ScanAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        await ActivatorUtilities.CreateInstance<AlertScanJob>(scope.ServiceProvider).RunAsync(CancellationToken.None);
    }

    /// <summary>Waits until every published notification is delivered and every alert's job has run.</summary>
    public async Task<List<AlertRecord>> SettledAlertsAsync()
    {
        await Eventually.AssertAsync(PendingAsync, pending => pending == 0, "outbox deliveries and alert jobs", timeoutMs: 30_000);
        return await AlertsAsync();
    }

    public async Task<List<AlertRecord>> AlertsAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EventsDbContext>().Alerts.AsNoTracking().OrderBy(a => a.QueuedAt).ThenBy(a => a.Id).ToListAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Hangfire.Dispose();
        await Host.DisposeAsync();
        await Smtp.DisposeAsync();
    }

    private async Task<int> PendingAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        return await Undelivered(services.GetRequiredService<DirectoryDbContext>())
            + await Undelivered(services.GetRequiredService<LicensingDbContext>())
            + await services.GetRequiredService<EventsDbContext>().Alerts.CountAsync(a => a.Status == AlertStatus.Queued || a.Status == AlertStatus.Sending);
    }

    private static Task<int> Undelivered(DbContext db) =>
        db.Set<OutboxMessage>().CountAsync(m => m.DeliveredAt == null && m.DeadLetteredAt == null);
}
