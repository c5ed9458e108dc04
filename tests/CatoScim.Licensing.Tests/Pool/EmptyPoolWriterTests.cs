using CatoScim.Directory.Contracts.Accounts;
using CatoScim.Licensing.Persistence;
using CatoScim.Licensing.Pool;
using CatoScim.ModuleKit.Inbox;
using CatoScim.ModuleKit.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace CatoScim.Licensing.Tests.Pool;

public sealed class EmptyPoolWriterTests
{
    [Fact]
    public async Task Creates_one_empty_pool_even_when_delivered_twice()
    {
        var options = (DbContextOptions<LicensingSqliteDbContext>)ModuleDbContextRegistration.ConfigureSqlite(
            new DbContextOptionsBuilder<LicensingSqliteDbContext>(),
            $"Data Source={Path.Combine(Path.GetTempPath(), $"licensing-{Guid.NewGuid():N}.db")}", LicensingDbContext.Schema).Options;
        await using (var setup = new LicensingSqliteDbContext(options))
        {
            await setup.Database.MigrateAsync();
        }

        var message = new MessageContext();
        message.Set(Guid.CreateVersion7(), DateTime.UtcNow);
        var created = new AccountCreated(Guid.CreateVersion7(), "acme", [], DateTime.UtcNow);
        for (var delivery = 0; delivery < 2; delivery++)
        {
            await using var db = new LicensingSqliteDbContext(options);
            await new EmptyPoolWriter(db, message, new FakeTimeProvider()).CreateAsync("AccountCreatedHandler", created.AccountId, created.OccurredAt, CancellationToken.None);
        }

        await using var check = new LicensingSqliteDbContext(options);
        var pool = await check.Pools.SingleAsync();
        Assert.Equal(created.AccountId, pool.AccountId);
        Assert.Equal(0, pool.Total);
        Assert.Equal(LicensePool.ZtnaSku, pool.Sku);
        Assert.Equal(1, await check.Set<ProcessedMessage>().CountAsync());
    }
}
