using Microsoft.EntityFrameworkCore;

namespace CatoScim.Events.Persistence;

internal sealed class EventsSqlServerDbContext(DbContextOptions<EventsSqlServerDbContext> options) : EventsDbContext(options)
{
    protected override bool IsSqlServer => true;
}
