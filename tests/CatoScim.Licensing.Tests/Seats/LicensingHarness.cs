using System.Runtime.CompilerServices;
using System.Text.Json;
using CatoScim.Directory.Contracts.Groups;
using CatoScim.Directory.Contracts.Users;
using CatoScim.Licensing.Contracts.Seats;
using CatoScim.Licensing.Copies;
using CatoScim.Licensing.Persistence;
using CatoScim.Licensing.Pool;
using CatoScim.Licensing.Rules;
using CatoScim.Licensing.Seats;
using CatoScim.ModuleKit.GraphQL;
using CatoScim.ModuleKit.Inbox;
using CatoScim.ModuleKit.Outbox;
using CatoScim.ModuleKit.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Time.Testing;

namespace CatoScim.Licensing.Tests.Seats;

/// <summary>Licensing over a real SQLite file; every call gets its own DbContext, like one outbox delivery or request.</summary>
internal sealed class LicensingHarness
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly DbContextOptions<LicensingSqliteDbContext> _options;
    private readonly ConditionalWeakTable<LicensingDbContext, LicenseStatusChanges> _statuses = new();

    private LicensingHarness(DbContextOptions<LicensingSqliteDbContext> options) => _options = options;

    public Guid AccountId { get; } = Guid.CreateVersion7();

    /// <summary>The admin whose pool and rule changes the tests make.</summary>
    public AccountScope Admin => new(AccountId, new AdminPrincipal(AccountId, AdminRole.Editor, Guid.Empty, "csk_harness"));

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));

    public static async Task<LicensingHarness> CreateAsync()
    {
        var options = (DbContextOptions<LicensingSqliteDbContext>)ModuleDbContextRegistration.ConfigureSqlite(
            new DbContextOptionsBuilder<LicensingSqliteDbContext>(),
            $"Data Source={Path.Combine(Path.GetTempPath(), $"licensing-{Guid.NewGuid():N}.db")}", LicensingDbContext.Schema).Options;
        await using var setup = new LicensingSqliteDbContext(options);
        await setup.Database.MigrateAsync();
        return new LicensingHarness(options);
    }

    public LicensingSqliteDbContext Db(IInterceptor? interceptor = null) => interceptor is null
        ? new(_options)
        : new((DbContextOptions<LicensingSqliteDbContext>)new DbContextOptionsBuilder<LicensingSqliteDbContext>(_options).AddInterceptors(interceptor).Options);

    public UserRef User(Guid id, bool active = true, string origin = "SCIM") => new(AccountId, id, $"{id:N}@acme.com", null, null, origin, active);

    public GroupRef Group(Guid id) => new(AccountId, id, $"g-{id:N}", null, null, "SCIM");

    public Task ProvisionAsync(Guid userId, Guid? messageId = null) =>
        UsersAsync(messageId, w => w.ApplyAsync("UserProvisionedHandler", User(userId), Now, LicenseReleaseReasons.Deactivated, CancellationToken.None));

    public Task DeactivateAsync(Guid userId) =>
        UsersAsync(null, w => w.ApplyAsync("UserDeactivatedHandler", User(userId, active: false), Now, LicenseReleaseReasons.Deactivated, CancellationToken.None));

    public Task DeleteUserAsync(Guid userId) =>
        UsersAsync(null, w => w.ApplyAsync("UserDeletedHandler", User(userId, active: false), Now, LicenseReleaseReasons.Deleted, deleted: true, CancellationToken.None));

    public Task DeleteGroupAsync(Guid groupId) =>
        GroupsAsync(null, w => w.DeleteAsync("GroupDeletedHandler", Group(groupId), CancellationToken.None));

    public Task AddMembersAsync(Guid groupId, IReadOnlyList<Guid> users, Guid? messageId = null, IInterceptor? interceptor = null) =>
        GroupsAsync(messageId, w => w.AddMembersAsync("GroupMembersAddedHandler", Group(groupId), users, CancellationToken.None), interceptor);

    public Task RemoveMembersAsync(Guid groupId, IReadOnlyList<Guid> users) =>
        GroupsAsync(null, w => w.RemoveMembersAsync("GroupMembersRemovedHandler", Group(groupId), users, CancellationToken.None));

    public async Task DeleteRuleAsync(Guid ruleId)
    {
        await using var db = Db();
        await Rules(db).DeleteAsync(Admin, ruleId.ToString(), CancellationToken.None);
    }

    public async Task<LicenseRule> CreateRuleAsync(LicenseRuleKind kind, Guid? userId = null, Guid? groupId = null)
    {
        await using var db = Db();
        return await Rules(db).CreateAsync(Admin, kind, userId?.ToString(), groupId?.ToString(), CancellationToken.None);
    }

    public async Task SetTotalAsync(int total, bool? releaseOnDisable = null)
    {
        await using var db = Db();
        await new PoolEditor(db, Seats(db), Engine(db), Time).UpdateAsync(Admin, new PoolUpdate(total, ReleaseOnDisable: releaseOnDisable), CancellationToken.None);
    }

    public async Task<List<SeatAssignment>> SeatsAsync(SeatStatus status)
    {
        await using var db = Db();
        return await db.Seats.Where(s => s.AccountId == AccountId && s.Status == status).ToListAsync();
    }

    public async Task<LicensePool> PoolAsync()
    {
        await using var db = Db();
        return await db.Pools.SingleAsync(p => p.AccountId == AccountId);
    }

    public async Task<int> OutboxCountAsync(string type)
    {
        await using var db = Db();
        return await db.Set<OutboxMessage>().CountAsync(m => m.Type.Contains($".{type},"));
    }

    /// <summary>Every UserLicenseStatusChanged in the outbox, in commit order.</summary>
    public async Task<List<UserLicenseStatusChanged>> StatusChangesAsync()
    {
        await using var db = Db();
        var payloads = await db.Set<OutboxMessage>().Where(m => m.Type.Contains($".{nameof(UserLicenseStatusChanged)},"))
            .OrderBy(m => m.Sequence).Select(m => m.Payload).ToListAsync();
        return payloads.Select(p => JsonSerializer.Deserialize<UserLicenseStatusChanged>(p, Json)!).ToList();
    }

    private DateTime Now => Time.GetUtcNow().UtcDateTime;

    private async Task UsersAsync(Guid? messageId, Func<UserCopyWriter, Task> apply)
    {
        await using var db = Db();
        await apply(new UserCopyWriter(db, Seats(db), Engine(db), Message(messageId), Time));
    }

    private async Task GroupsAsync(Guid? messageId, Func<GroupCopyWriter, Task> apply, IInterceptor? interceptor = null)
    {
        await using var db = Db(interceptor);
        await apply(new GroupCopyWriter(db, Seats(db), Engine(db), Message(messageId), Time));
    }

    private RuleEditor Rules(LicensingDbContext db) => new(db, Seats(db), Engine(db), Time);

    private SeatTransaction Seats(LicensingDbContext db) => new(db, Statuses(db));

    private SeatEngine Engine(LicensingDbContext db) => new(db, new SeatCoverage(db), Statuses(db));

    // One per context, as DI gives one per scope: the engine reports moves the transaction publishes.
    private LicenseStatusChanges Statuses(LicensingDbContext db) => _statuses.GetValue(db, _ => new LicenseStatusChanges());

    private static MessageContext Message(Guid? id)
    {
        var message = new MessageContext();
        message.Set(id ?? Guid.CreateVersion7(), DateTime.UtcNow);
        return message;
    }
}
