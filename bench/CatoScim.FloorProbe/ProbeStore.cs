using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace CatoScim.FloorProbe;

/// <summary>One connection, one prepared INSERT and the time of every COMMIT (the fsync the floor is made of).</summary>
internal sealed class ProbeStore : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _begin;
    private readonly SqliteCommand _insert;
    private readonly SqliteCommand _commit;
    private readonly List<double> _commitMs = [];
    private readonly Lock _gate = new();

    private ProbeStore(SqliteConnection connection)
    {
        _connection = connection;
        _begin = Command("BEGIN IMMEDIATE");
        _insert = Command("""INSERT INTO "Users" ("Id", "UserName", "Body") VALUES ($id, $userName, $body)""");
        _insert.Parameters.Add("$id", SqliteType.Text);
        _insert.Parameters.Add("$userName", SqliteType.Text);
        _insert.Parameters.Add("$body", SqliteType.Text);
        _commit = Command("COMMIT");
    }

    public static ProbeStore Open(string path, string synchronous)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var setup = connection.CreateCommand();
        setup.CommandText = $"""
            PRAGMA journal_mode=WAL; PRAGMA synchronous={synchronous};
            CREATE TABLE IF NOT EXISTS "Users" ("Id" TEXT PRIMARY KEY, "UserName" TEXT NOT NULL COLLATE NOCASE UNIQUE, "Body" TEXT NOT NULL);
            """;
        setup.ExecuteNonQuery();
        return new ProbeStore(connection);
    }

    /// <summary>False when the userName is taken; the row is durable when this returns true.</summary>
    public bool Insert(Guid id, string userName, string body)
    {
        lock (_gate)
        {
            _begin.ExecuteNonQuery();
            try
            {
                _insert.Parameters["$id"].Value = id.ToString();
                _insert.Parameters["$userName"].Value = userName;
                _insert.Parameters["$body"].Value = body;
                _insert.ExecuteNonQuery();
            }
            catch (SqliteException ex) when (ex.SqliteErrorCode == 19)
            {
                using var rollback = Command("ROLLBACK");
                rollback.ExecuteNonQuery();
                return false;
            }

            var started = Stopwatch.GetTimestamp();
            _commit.ExecuteNonQuery();
            _commitMs.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return true;
        }
    }

    /// <summary>The commits since the last call: count, median and mean in milliseconds.</summary>
    public object Stats()
    {
        lock (_gate)
        {
            var sorted = _commitMs.Order().ToArray();
            _commitMs.Clear();
            return sorted.Length == 0
                ? new { count = 0, medianMs = 0.0, meanMs = 0.0 }
                : new { count = sorted.Length, medianMs = sorted[sorted.Length / 2], meanMs = sorted.Average() };
        }
    }

    public void Dispose()
    {
        _begin.Dispose();
        _insert.Dispose();
        _commit.Dispose();
        _connection.Dispose();
    }

    private SqliteCommand Command(string sql)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }
}
