using CatoScim.ModuleKit.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace CatoScim.Directory.Persistence;

internal sealed class DirectorySqlServerDesignTimeFactory : IDesignTimeDbContextFactory<DirectorySqlServerDbContext>
{
    public DirectorySqlServerDbContext CreateDbContext(string[] args) =>
        new(DesignTimeContexts.SqlServer<DirectorySqlServerDbContext>(DirectoryDbContext.Schema));
}
