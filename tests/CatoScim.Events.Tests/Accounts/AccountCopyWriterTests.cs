using CatoScim.Directory.Contracts.Accounts;
using CatoScim.Events.Accounts;
using CatoScim.Events.Persistence;
using CatoScim.ModuleKit.Inbox;
using CatoScim.ModuleKit.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace CatoScim.Events.Tests.Accounts;

public sealed class AccountCopyWriterTests
{
    private readonly DbContextOptions<EventsSqliteDbContext> _options = (DbContextOptions<EventsSqliteDbContext>)ModuleDbContextRegistration.ConfigureSqlite(
        new DbContextOptionsBuilder<EventsSqliteDbContext>(),
        $"Data Source={Path.Combine(Path.GetTempPath(), $"events-{Guid.NewGuid():N}.db")}", EventsDbContext.Schema).Options;

    [Fact]
    public async Task Keeps_the_newest_facts_whatever_the_delivery_order()
    {
        await using (var setup = new EventsSqliteDbContext(_options))
        {
            await setup.Database.MigrateAsync();
        }

        var id = Guid.CreateVersion7();
        var t0 = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        await HandleAsync(new AccountCreated(id, "acme", [], t0));
        await HandleAsync(new AccountUpdated(id, "Acme Corp", "EMAIL", ["ops@acme.com"], t0.AddMinutes(2)));
        await HandleAsync(new AccountUpdated(id, "stale", "EMAIL", [], t0.AddMinutes(1)));

        await using var check = new EventsSqliteDbContext(_options);
        var copy = await check.Accounts.SingleAsync();
        Assert.Equal("Acme Corp", copy.Name);
        Assert.Equal(["ops@acme.com"], copy.AlertRecipients);
    }

    [Fact]
    public async Task Keeps_the_console_origin_of_the_latest_configuring_request_and_ignores_malformed_ones()
    {
        await using (var setup = new EventsSqliteDbContext(_options))
        {
            await setup.Database.MigrateAsync();
        }

        var id = Guid.CreateVersion7();
        var t0 = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        await HandleAsync(new AccountCreated(id, "acme", [], t0));
        await HandleAsync(new AccountUpdated(id, "acme", "EMAIL", ["ops@acme.com"], t0.AddMinutes(2), "https://console.acme.test/"));
        // Older, reported late: the newer origin stays, though nothing else about it differs.
        await HandleAsync(new AccountUpdated(id, "acme", "EMAIL", ["ops@acme.com"], t0.AddMinutes(1), "https://old.acme.test"));
        // Newer but not from a configuring request, or not an http(s) origin: the origin stays.
        await HandleAsync(new AccountUpdated(id, "Acme Corp", "EMAIL", ["ops@acme.com"], t0.AddMinutes(3)));
        await HandleAsync(new AccountUpdated(id, "Acme Corp", "EMAIL", ["ops@acme.com"], t0.AddMinutes(4), "javascript:alert(1)"));

        await using var check = new EventsSqliteDbContext(_options);
        var copy = await check.Accounts.SingleAsync();
        Assert.Equal(("Acme Corp", "https://console.acme.test", t0.AddMinutes(2)), (copy.Name, copy.ConsoleOrigin, copy.ConsoleOriginAt));
    }

    private async Task HandleAsync(object notification)
    {
        await using var db = new EventsSqliteDbContext(_options);
        var message = new MessageContext();
        message.Set(Guid.CreateVersion7(), DateTime.UtcNow);
        var writer = new AccountCopyWriter(db, message, new FakeTimeProvider());
        await (notification switch
        {
            AccountCreated c => writer.UpsertAsync(c.AccountId, c.Name, c.AlertRecipients, null, c.OccurredAt, CancellationToken.None),
            AccountUpdated u => writer.UpsertAsync(u.AccountId, u.Name, u.AlertRecipients, u.ConsoleOrigin, u.OccurredAt, CancellationToken.None),
            _ => throw new ArgumentException("unexpected", nameof(notification)),
        });
    }
}
