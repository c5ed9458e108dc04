using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Scim.Tests.Filter.Data;

/// <summary>A real SQLite file, so every translated filter must run as SQL (no in-memory provider).</summary>
public sealed class SqliteFilterDatabase : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"catoscim-filter-{Guid.NewGuid():N}.db");

    public SqliteFilterDatabase()
    {
        using var db = CreateContext();
        db.Database.EnsureCreated();
        FilterTestSeed.Seed(db);
    }

    internal FilterTestDbContext CreateContext() =>
        new(new DbContextOptionsBuilder<FilterTestDbContext>().UseSqlite($"Data Source={_path}").Options);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }
}
