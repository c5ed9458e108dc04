using CatoScim.Directory.Contracts.Accounts;
using CatoScim.Directory.Contracts.Scim;
using CatoScim.Directory.Contracts.Users;
using CatoScim.Events.Accounts;
using CatoScim.Events.Directories;
using CatoScim.Events.Notifications;
using CatoScim.Events.Persistence;
using CatoScim.Events.Provisioning;
using CatoScim.ModuleKit.Inbox;
using CatoScim.ModuleKit.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CatoScim.Events.Tests.Notifications;

public sealed class DirectoryNotificationsHandlerTests : IAsyncLifetime
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
    public async Task Maps_operations_and_actions_and_a_redelivery_changes_nothing()
    {
        var account = Guid.NewGuid();
        var user = new UserRef(account, Guid.NewGuid(), "ann@acme.com", "00u1", Guid.NewGuid(), "SCIM", true);
        var deactivated = Guid.CreateVersion7();
        await HandleAsync(Guid.CreateVersion7(), h => h.Handle(new UserProvisioned(user, true, "SCIM", T0), default));
        await HandleAsync(deactivated, h => h.Handle(new UserDeactivated(user, "SCIM", T0.AddSeconds(1)), default));
        await HandleAsync(deactivated, h => h.Handle(new UserDeactivated(user, "SCIM", T0.AddSeconds(1)), default));
        await HandleAsync(Guid.CreateVersion7(), h => h.Handle(new UserDeactivated(user, "ADMIN", T0.AddSeconds(2)), default));
        await HandleAsync(Guid.CreateVersion7(), h => h.Handle(new ScimRequestFailed(account, user.DirectoryId!.Value, "User", "USER_REPLACE",
            user.UserId, "ann@acme.com", "00u1", "bad value", 400, "invalidValue", T0.AddSeconds(3)), default));

        await using var db = new EventsSqliteDbContext(_options);
        var events = await db.ProvisioningEvents.OrderBy(e => e.Time).ToListAsync();
        Assert.Equal(["USER_TAKEN_OVER", "USER_DEACTIVATED", "USER_DEACTIVATED", "USER_REPLACE"], events.Select(e => e.Operation));
        Assert.Equal([ProvisioningAction.Success, ProvisioningAction.Disabled, ProvisioningAction.Success, ProvisioningAction.Failure], events.Select(e => e.Action));
        Assert.Equal(["SCIM", "SCIM", "ADMIN", "SCIM"], events.Select(e => e.Source));
        Assert.Equal((400, "invalidValue", "bad value"), (events[3].HttpStatus!.Value, events[3].ScimType, events[3].Reason));
        Assert.All(events, e => Assert.Equal(DateTimeKind.Utc, e.Time.Kind));
    }

    [Fact]
    public async Task A_notification_without_an_account_is_skipped_not_thrown()
    {
        var user = new UserRef(Guid.Empty, Guid.NewGuid(), "ann@acme.com", null, null, "SCIM", true);
        var message = Guid.CreateVersion7();
        await HandleAsync(message, h => h.Handle(new UserProvisioned(user, false, "SCIM", T0), default));

        await using var db = new EventsSqliteDbContext(_options);
        Assert.Empty(await db.ProvisioningEvents.ToListAsync());
        Assert.True(await db.Set<ProcessedMessage>().AnyAsync(m => m.MessageId == message));
    }

    [Fact]
    public async Task Inbox_rows_keep_the_consumer_names_of_the_handlers_this_class_replaced()
    {
        var account = Guid.NewGuid();
        var directory = Guid.NewGuid();
        var user = new UserRef(account, Guid.NewGuid(), "ann@acme.com", null, directory, "SCIM", true);
        await HandleAsync(Guid.CreateVersion7(), h => h.Handle(new AccountCreated(account, "acme", [], T0), default));
        await HandleAsync(Guid.CreateVersion7(), h => h.Handle(new ScimDirectoryCreated(account, directory, "Okta", "OKTA", T0), default));
        await HandleAsync(Guid.CreateVersion7(), h => h.Handle(new UserProvisioned(user, false, "SCIM", T0), default));

        await using var db = new EventsSqliteDbContext(_options);
        var consumers = await db.Set<ProcessedMessage>().Select(m => m.Consumer).ToListAsync();
        Assert.Equal(["AccountCopyHandler", "DirectoryCopyHandler", "ProvisioningEventHandler"], consumers.Order());
    }

    [Fact]
    public async Task The_message_id_is_unique_even_without_the_inbox()
    {
        var messageId = Guid.CreateVersion7();
        await using var db = new EventsSqliteDbContext(_options);
        var user = new UserRef(Guid.NewGuid(), Guid.NewGuid(), "ann@acme.com", null, null, "SCIM", true);
        db.ProvisioningEvents.Add(ProvisioningEventMapper.Map(new UserReactivated(user, "SCIM", T0), messageId));
        db.ProvisioningEvents.Add(ProvisioningEventMapper.Map(new UserReactivated(user, "SCIM", T0), messageId));
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    private async Task HandleAsync(Guid messageId, Func<DirectoryNotificationsHandler, ValueTask> handle)
    {
        await using var db = new EventsSqliteDbContext(_options);
        var message = new MessageContext();
        message.Set(messageId, T0);
        var time = new FakeTimeProvider(T0);
        await handle(new DirectoryNotificationsHandler(new AccountCopyWriter(db, message, time), new DirectoryCopyWriter(db, message, time),
            new ProvisioningEventRecorder(db, message, time, NullLogger<ProvisioningEventRecorder>.Instance)));
    }
}
