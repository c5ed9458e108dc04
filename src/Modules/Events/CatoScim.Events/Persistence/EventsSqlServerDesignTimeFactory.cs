using CatoScim.ModuleKit.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace CatoScim.Events.Persistence;

internal sealed class EventsSqlServerDesignTimeFactory : IDesignTimeDbContextFactory<EventsSqlServerDbContext>
{
    public EventsSqlServerDbContext CreateDbContext(string[] args) =>
        new(DesignTimeContexts.SqlServer<EventsSqlServerDbContext>(EventsDbContext.Schema));
}
