using CatoScim.ModuleKit.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace CatoScim.Licensing.Persistence;

internal sealed class LicensingSqliteDesignTimeFactory : IDesignTimeDbContextFactory<LicensingSqliteDbContext>
{
    public LicensingSqliteDbContext CreateDbContext(string[] args) =>
        new(DesignTimeContexts.Sqlite<LicensingSqliteDbContext>(LicensingDbContext.Schema));
}
