using CatoScim.ModuleKit.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Host.Tests.Infrastructure;

/// <summary>A module's SQLite options on a new file, configured as the Host configures them (for migration tests).</summary>
public static class ModuleDatabaseFile
{
    public static DbContextOptions<TContext> New<TContext>(string schema)
        where TContext : DbContext =>
        (DbContextOptions<TContext>)ModuleDbContextRegistration.ConfigureSqlite(
            new DbContextOptionsBuilder<TContext>(), $"Data Source={Path.Combine(TestFolders.New(), schema + ".db")}", schema).Options;
}
