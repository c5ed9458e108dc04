using CatoScim.Licensing.Persistence;
using CatoScim.ModuleKit.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Licensing;

public static class LicensingModule
{
    public static IServiceCollection AddLicensing(this IServiceCollection services, DatabaseSettings database, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddModuleDbContext<LicensingDbContext, LicensingSqliteDbContext, LicensingSqlServerDbContext>(database, LicensingDbContext.Schema);
        return services;
    }

    public static WebApplication UseLicensing(this WebApplication app) => app;
}
