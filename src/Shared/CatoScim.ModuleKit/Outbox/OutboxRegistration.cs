using CatoScim.ModuleKit.Inbox;
using CatoScim.ModuleKit.Threading;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CatoScim.ModuleKit.Outbox;

public static class OutboxRegistration
{
    internal static IServiceCollection AddOutboxDispatcher<TContext>(this IServiceCollection services)
        where TContext : DbContext
    {
        services.AddSingleton<OutboxSignal<TContext>>();
        services.AddSingleton<OutboxCommitInterceptor<TContext>>();
        services.AddSingleton<OutboxDispatcher<TContext>>();
        services.TryAddSingleton<ForegroundActivity>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher<TContext>>());
        services.TryAddScoped<MessageContext>();
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
