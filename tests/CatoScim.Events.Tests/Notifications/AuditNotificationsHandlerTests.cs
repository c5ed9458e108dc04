using CatoScim.Events.Notifications;
using CatoScim.Events.Persistence;
using CatoScim.ModuleKit.Audit;
using CatoScim.ModuleKit.Inbox;
using CatoScim.ModuleKit.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CatoScim.Events.Tests.Notifications;

public sealed class AuditNotificationsHandlerTests : IAsyncLifetime
{
    private static readonly DateTime T0 = new(2026, 1, 5, 10, 0, 0, DateTimeKind.Utc);
    private readonly DbContextOptions<EventsSqliteDbContext> _options = (DbContextOptions<EventsSqliteDbContext>)ModuleDbContextRegistration.ConfigureSqlite(
        new DbContextOptionsBuilder<EventsSqliteDbContext>(),
        $"Data Source={Path.Combine(Path.GetTempPath(), $"events-{Guid.NewGuid():N}.db")}", EventsDbContext.Schema).Options;

    public async Task InitializeAsync()
    {
        await using var db = new EventsSqliteDbContext(_options);
        await db.Database.MigrateAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Stores_the_change_once_per_message_and_clips_it_to_the_columns()
    {
        var account = Guid.NewGuid();
        var key = Guid.NewGuid();
        var change = new AdminChangeAudited(account, "apikey:csk_abcdefgh", key, "csk_abcdefgh", "SCIM_TOKEN_ISSUED", "SCIM_TOKEN",
            new string('t', 500), ["directoryId", "expiresAt"], "2001:db8::1", T0);
        var message = Guid.CreateVersion7();
        await HandleAsync(message, change);
        await HandleAsync(message, change);

        await using var db = new EventsSqliteDbContext(_options);
        var record = Assert.Single(await db.AuditRecords.ToListAsync());
        Assert.Equal((account, "apikey:csk_abcdefgh", key, "csk_abcdefgh"), (record.AccountId, record.Actor, record.ApiKeyId!.Value, record.ApiKeyPrefix));
        Assert.Equal(("SCIM_TOKEN_ISSUED", "SCIM_TOKEN", "2001:db8::1"), (record.Action, record.TargetType, record.ClientAddress));
        Assert.Equal(["directoryId", "expiresAt"], record.ChangedFields);
        Assert.Equal(100, record.TargetId!.Length);
        Assert.Equal(T0, record.OccurredAt);
        Assert.Equal(DateTimeKind.Utc, record.OccurredAt.Kind);
    }

    [Fact]
    public async Task A_change_without_an_account_or_action_is_skipped_and_marked_handled()
    {
        var message = Guid.CreateVersion7();
        await HandleAsync(message, new AdminChangeAudited(Guid.Empty, "cli", null, null, "ACCOUNT_CREATED", "ACCOUNT", null, [], null, T0));
        var other = Guid.CreateVersion7();
        await HandleAsync(other, new AdminChangeAudited(Guid.NewGuid(), "cli", null, null, "", "ACCOUNT", null, [], null, T0));

        await using var db = new EventsSqliteDbContext(_options);
        Assert.Empty(await db.AuditRecords.ToListAsync());
        Assert.Equal(2, await db.Set<ProcessedMessage>().CountAsync(m => m.MessageId == message || m.MessageId == other));
    }

    private async Task HandleAsync(Guid messageId, AdminChangeAudited change)
    {
        await using var db = new EventsSqliteDbContext(_options);
        var message = new MessageContext();
        message.Set(messageId, T0);
        await new AuditNotificationsHandler(db, message, new FakeTimeProvider(T0), NullLogger<AuditNotificationsHandler>.Instance).Handle(change, default);
    }
}
