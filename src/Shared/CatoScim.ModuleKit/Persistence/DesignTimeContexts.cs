using Microsoft.EntityFrameworkCore;

namespace CatoScim.ModuleKit.Persistence;

/// <summary>Options for `dotnet ef` design-time factories; the SQL Server string is never opened to generate migrations.</summary>
public static class DesignTimeContexts
{
    public static DbContextOptions<T> Sqlite<T>(string schema) where T : DbContext =>
        (DbContextOptions<T>)ModuleDbContextRegistration.ConfigureSqlite(
            new DbContextOptionsBuilder<T>(), "Data Source=design-time.db", schema).Options;

    public static DbContextOptions<T> SqlServer<T>(string schema) where T : DbContext =>
        (DbContextOptions<T>)ModuleDbContextRegistration.ConfigureSqlServer(
            new DbContextOptionsBuilder<T>(), "Server=localhost;Database=CatoScim;Trusted_Connection=True;TrustServerCertificate=True", schema).Options;
}
