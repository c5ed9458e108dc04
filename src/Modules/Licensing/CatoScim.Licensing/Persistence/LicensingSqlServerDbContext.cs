using Microsoft.EntityFrameworkCore;

namespace CatoScim.Licensing.Persistence;

internal sealed class LicensingSqlServerDbContext(DbContextOptions<LicensingSqlServerDbContext> options) : LicensingDbContext(options)
{
    protected override bool IsSqlServer => true;
}
