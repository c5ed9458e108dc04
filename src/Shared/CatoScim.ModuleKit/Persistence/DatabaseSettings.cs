using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace CatoScim.ModuleKit.Persistence;

/// <summary>Resolved `Database:Provider` and `ConnectionStrings:CatoScim`, from which every module's connection is derived.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string DefaultSqlite = "Data Source=data/catoscim.db";

    /// <summary>`Database:Synchronous` (SQLite only): Full unless an operator accepts losing the last commits to an OS crash.</summary>
    public SqliteSynchronous Synchronous { get; init; } = SqliteSynchronous.Full;

    /// <summary>
    /// `Database:SqliteCacheKiB`: SQLite's page cache per connection (SQLite's own default is 2,000 KiB). Every pooled
    /// connection of every module file fills its cache, and a lookup's B-tree leaves are spread over files far larger
    /// than any cache, so a bigger one mostly holds pages the OS page cache holds anyway.
    /// </summary>
    public int SqliteCacheKiB { get; init; } = DefaultSqliteCacheKiB;

    public const int DefaultSqliteCacheKiB = 512;

    public static DatabaseSettings From(IConfiguration configuration, string contentRoot)
    {
        var raw = configuration["Database:Provider"];
        var provider = string.IsNullOrWhiteSpace(raw) ? DatabaseProvider.Sqlite
            : Enum.TryParse<DatabaseProvider>(raw, ignoreCase: true, out var p) ? p
            : throw new InvalidOperationException($"Database:Provider '{raw}' is not supported; use Sqlite or SqlServer.");
        var connection = configuration.GetConnectionString("CatoScim");
        if (provider == DatabaseProvider.SqlServer)
        {
            return string.IsNullOrWhiteSpace(connection)
                ? throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:CatoScim is empty.")
                : new DatabaseSettings(provider, connection);
        }

        var synchronous = configuration["Database:Synchronous"];
        var cacheKiB = configuration.GetValue("Database:SqliteCacheKiB", DefaultSqliteCacheKiB);
        return new DatabaseSettings(provider, ResolveSqlite(connection ?? DefaultSqlite, contentRoot))
        {
            SqliteCacheKiB = cacheKiB > 0 ? cacheKiB
                : throw new InvalidOperationException($"Database:SqliteCacheKiB must be positive, not {cacheKiB}."),
            Synchronous = string.IsNullOrWhiteSpace(synchronous) ? SqliteSynchronous.Full
                : Enum.TryParse<SqliteSynchronous>(synchronous, ignoreCase: true, out var s) && Enum.IsDefined(s) ? s
                : throw new InvalidOperationException($"Database:Synchronous '{synchronous}' is not supported; use Full or Normal."),
        };
    }

    /// <summary>A relative SQLite path is relative to the content root, and its folder is created on first start.</summary>
    private static string ResolveSqlite(string connection, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connection);
        if (builder.DataSource != ":memory:" && !string.IsNullOrEmpty(builder.DataSource))
        {
            var path = Path.IsPathRooted(builder.DataSource) ? builder.DataSource : Path.Combine(contentRoot, builder.DataSource);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            builder.DataSource = path;
        }

        builder.Pooling = true;
        return builder.ToString();
    }

    /// <summary>
    /// On SQLite each module gets its own file beside the configured one (`catoscim.db` → `catoscim.directory.db`):
    /// SQLite has one writer per file, and a module's consumers must not queue behind the IdP's requests in another.
    /// SQL Server serves every module from the one database, each in its own schema.
    /// </summary>
    public string ConnectionStringFor(string module)
    {
        if (Provider != DatabaseProvider.Sqlite)
        {
            return ConnectionString;
        }

        var builder = new SqliteConnectionStringBuilder(ConnectionString);
        if (builder.DataSource == ":memory:" || string.IsNullOrEmpty(builder.DataSource))
        {
            return ConnectionString;
        }

        var path = builder.DataSource;
        var folder = Path.GetDirectoryName(path) ?? string.Empty;
        builder.DataSource = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(path)}.{module}{Path.GetExtension(path)}");
        return builder.ToString();
    }

    public string? SqliteFolder => Provider == DatabaseProvider.Sqlite
        ? Path.GetDirectoryName(new SqliteConnectionStringBuilder(ConnectionString).DataSource)
        : null;
}
