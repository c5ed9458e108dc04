using CatoScim.Directory.Contracts;
using CatoScim.Directory.Contracts.Accounts;
using CatoScim.Directory.Contracts.Groups;
using CatoScim.Directory.Contracts.Users;
using CatoScim.Licensing.Copies;
using CatoScim.Licensing.Notifications;
using CatoScim.Licensing.Persistence;
using CatoScim.Licensing.Pool;
using CatoScim.Licensing.Seats;
using CatoScim.ModuleKit.Inbox;
using CatoScim.ModuleKit.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace CatoScim.Licensing.Tests.Notifications;

public sealed class DirectoryNotificationsHandlerTests
{
    private static readonly DateTime T0 = new(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Inbox_rows_keep_the_consumer_names_of_the_one_class_per_notification_handlers_so_a_redelivery_is_skipped()
    {
        var options = (DbContextOptions<LicensingSqliteDbContext>)ModuleDbContextRegistration.ConfigureSqlite(
            new DbContextOptionsBuilder<LicensingSqliteDbContext>(),
            $"Data Source={Path.Combine(Path.GetTempPath(), $"licensing-{Guid.NewGuid():N}.db")}", LicensingDbContext.Schema).Options;
        await using (var setup = new LicensingSqliteDbContext(options))
        {
            await setup.Database.MigrateAsync();
        }

        var account = Guid.CreateVersion7();
        var user = new UserRef(account, Guid.CreateVersion7(), "ann@acme.com", null, null, Origins.Scim, true);
        var group = new GroupRef(account, Guid.CreateVersion7(), "Sales", null, null, Origins.Manual);
        var provisioned = Guid.CreateVersion7();
        await HandleAsync(options, Guid.CreateVersion7(), h => h.Handle(new AccountCreated(account, "acme", [], T0), default));
        await HandleAsync(options, provisioned, h => h.Handle(new UserProvisioned(user, false, ChangeSources.Scim, T0), default));
        await HandleAsync(options, provisioned, h => h.Handle(new UserProvisioned(user with { UserName = "redelivered@acme.com" }, false, ChangeSources.Scim, T0), default));
        await HandleAsync(options, Guid.CreateVersion7(), h => h.Handle(new GroupCreated(group, ChangeSources.Admin, T0), default));

        await using var check = new LicensingSqliteDbContext(options);
        var consumers = await check.Set<ProcessedMessage>().Select(m => m.Consumer).ToListAsync();
        Assert.Equal(["AccountCreatedHandler", "GroupCreatedHandler", "UserProvisionedHandler"], consumers.Order());
        Assert.Equal("ann@acme.com", (await check.Users.SingleAsync()).UserName);
        Assert.Equal("Sales", (await check.Groups.SingleAsync()).DisplayName);
    }

    private static async Task HandleAsync(DbContextOptions<LicensingSqliteDbContext> options, Guid messageId, Func<DirectoryNotificationsHandler, ValueTask> handle)
    {
        await using var db = new LicensingSqliteDbContext(options);
        var message = new MessageContext();
        message.Set(messageId, T0);
        var time = new FakeTimeProvider(T0);
        var statuses = new LicenseStatusChanges();
        var engine = new SeatEngine(db, new SeatCoverage(db), statuses);
        await handle(new DirectoryNotificationsHandler(new EmptyPoolWriter(db, message, time),
            new UserCopyWriter(db, new SeatTransaction(db, statuses), engine, message, time),
            new GroupCopyWriter(db, new SeatTransaction(db, statuses), engine, message, time)));
    }
}
