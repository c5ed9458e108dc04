using Microsoft.EntityFrameworkCore;

namespace CatoScim.Events.Persistence;

internal sealed class EventsSqliteDbContext(DbContextOptions<EventsSqliteDbContext> options) : EventsDbContext(options)
{
    protected override bool IsSqlServer => false;
}
