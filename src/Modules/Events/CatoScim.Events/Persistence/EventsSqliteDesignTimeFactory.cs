using CatoScim.ModuleKit.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace CatoScim.Events.Persistence;

internal sealed class EventsSqliteDesignTimeFactory : IDesignTimeDbContextFactory<EventsSqliteDbContext>
{
    public EventsSqliteDbContext CreateDbContext(string[] args) =>
        new(DesignTimeContexts.Sqlite<EventsSqliteDbContext>(EventsDbContext.Schema));
}
