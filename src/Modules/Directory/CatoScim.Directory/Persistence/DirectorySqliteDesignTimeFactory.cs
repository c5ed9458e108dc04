using CatoScim.ModuleKit.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace CatoScim.Directory.Persistence;

internal sealed class DirectorySqliteDesignTimeFactory : IDesignTimeDbContextFactory<DirectorySqliteDbContext>
{
    public DirectorySqliteDbContext CreateDbContext(string[] args) =>
        new(DesignTimeContexts.Sqlite<DirectorySqliteDbContext>(DirectoryDbContext.Schema));
}
