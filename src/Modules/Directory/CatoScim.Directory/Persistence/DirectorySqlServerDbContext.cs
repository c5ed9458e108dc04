using Microsoft.EntityFrameworkCore;

namespace CatoScim.Directory.Persistence;

internal sealed class DirectorySqlServerDbContext(DbContextOptions<DirectorySqlServerDbContext> options) : DirectoryDbContext(options)
{
    protected override bool IsSqlServer => true;
}
