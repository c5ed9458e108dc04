using CatoScim.ModuleKit.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace CatoScim.Licensing.Persistence;

internal sealed class LicensingSqlServerDesignTimeFactory : IDesignTimeDbContextFactory<LicensingSqlServerDbContext>
{
    public LicensingSqlServerDbContext CreateDbContext(string[] args) =>
        new(DesignTimeContexts.SqlServer<LicensingSqlServerDbContext>(LicensingDbContext.Schema));
}
