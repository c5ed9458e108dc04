using Microsoft.EntityFrameworkCore;

namespace CatoScim.Directory.Persistence;

internal sealed class DirectorySqliteDbContext(DbContextOptions<DirectorySqliteDbContext> options) : DirectoryDbContext(options)
{
    protected override bool IsSqlServer => false;
}
