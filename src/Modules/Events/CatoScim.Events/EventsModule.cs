using CatoScim.Events.Persistence;
using CatoScim.ModuleKit.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Events;

public static class EventsModule
{
    public static IServiceCollection AddEvents(this IServiceCollection services, DatabaseSettings database, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddModuleDbContext<EventsDbContext, EventsSqliteDbContext, EventsSqlServerDbContext>(database, EventsDbContext.Schema);
        return services;
    }

    public static WebApplication UseEvents(this WebApplication app) => app;
}
