using CatoScim.Host.Tests.Infrastructure;
using CatoScim.ModuleKit.Persistence;
using Microsoft.Data.Sqlite;

namespace CatoScim.Host.Tests.Persistence;

/// <summary><see cref="SqliteDatabaseFile"/> finds the descriptor SQLite holds for a connection's file, and no other.</summary>
public sealed class SqliteDatabaseFileTests : IDisposable
{
    private readonly string _folder = System.IO.Directory.CreateTempSubdirectory("catoscim-dbfile-").FullName;

    [LinuxFact]
    public void A_file_database_is_synced_through_the_descriptor_that_names_it_and_stays_usable()
    {
        var path = Path.Combine(_folder, "module.db");
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        Execute(connection, "PRAGMA journal_mode=WAL; CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1);");

        var descriptor = SqliteDatabaseFile.Descriptor(connection);

        Assert.NotNull(descriptor);
        Assert.Equal(path, new FileInfo($"/proc/self/fd/{descriptor}").LinkTarget);
        Assert.True(SqliteDatabaseFile.TrySync(connection));
        Execute(connection, "INSERT INTO t VALUES (2);");
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM t";
        Assert.Equal(2L, count.ExecuteScalar());
    }

    [Theory]
    [InlineData(":memory:")]
    [InlineData("")]
    public void A_database_without_a_file_is_not_synced(string dataSource)
    {
        using var connection = new SqliteConnection($"Data Source={dataSource}");
        connection.Open();
        Execute(connection, "CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1);");

        Assert.Null(SqliteDatabaseFile.Descriptor(connection));
        Assert.False(SqliteDatabaseFile.TrySync(connection));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        System.IO.Directory.Delete(_folder, recursive: true);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
