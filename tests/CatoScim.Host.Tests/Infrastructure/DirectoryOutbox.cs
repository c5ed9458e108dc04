using CatoScim.Directory.Persistence;
using CatoScim.ModuleKit.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Host.Tests.Infrastructure;

internal static class DirectoryOutbox
{
    /// <summary>The Directory module's outbox messages not delivered yet.</summary>
    public static async Task<int> PendingAsync(CatoScimFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DirectoryDbContext>().Set<OutboxMessage>().CountAsync(m => m.DeliveredAt == null);
    }
}
