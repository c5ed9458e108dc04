using Microsoft.EntityFrameworkCore;

namespace CatoScim.Licensing.Persistence;

internal sealed class LicensingSqliteDbContext(DbContextOptions<LicensingSqliteDbContext> options) : LicensingDbContext(options)
{
    protected override bool IsSqlServer => false;
}
