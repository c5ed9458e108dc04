using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CatoScim.ModuleKit.Persistence;

/// <summary>
/// Writes many new rows of one entity as multi-row INSERTs inside the caller's transaction, for `seed-demo`: a million
/// rows through SaveChanges would spend most of their time in change tracking. Table, columns, quoting and value
/// conversions come from the EF model, as in <see cref="RowInserter"/>, so a row is what SaveChanges would write;
/// columns the database computes are left to it.
/// </summary>
public static class BulkInserter
{
    // SQL Server takes at most 2,100 parameters per command and 1,000 rows per VALUES list; SQLite takes more of both.
    private const int MaxParameters = 2000;
    private const int MaxRows = 1000;

    // 256 MiB (negative: KiB): the indexes a seed fills (random keys such as a user id per event) stay in memory instead
    // of being read back from disk for almost every row; SQLite's default cache is 2 MiB.
    private const string SeedCache = "PRAGMA cache_size = -262144";

    /// <summary>
    /// On SQLite, gives the context's connection a page cache large enough for bulk inserts, until the returned handle is
    /// disposed (the connection goes back to the pool with the size it had, `Database:SqliteCacheKiB`). Nothing to do on
    /// SQL Server.
    /// </summary>
    public static async Task<IAsyncDisposable> LargeCacheAsync(DbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!db.Database.IsSqlite())
        {
            return NoCache.Instance;
        }

        await db.Database.OpenConnectionAsync(ct);
        await using var read = db.Database.GetDbConnection().CreateCommand();
        read.CommandText = "PRAGMA cache_size";
        var previous = Convert.ToInt64(await read.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        await db.Database.ExecuteSqlRawAsync(SeedCache, ct);
        return new SqliteCache(db, previous);
    }

    /// <returns>Rows written.</returns>
    public static async Task<int> InsertAsync<T>(DbContext db, IEnumerable<T> rows, CancellationToken ct)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("BulkInserter writes inside the caller's transaction; begin one first.");
        var columns = Columns(db.Model, typeof(T), db.GetService<ISqlGenerationHelper>(), out var head);
        var perStatement = Math.Clamp(MaxParameters / columns.Count, 1, MaxRows);
        var batch = new List<T>(perStatement);
        var written = 0;
        DbCommand? full = null;
        try
        {
            foreach (var row in rows)
            {
                batch.Add(row);
                if (batch.Count == perStatement)
                {
                    full ??= Command(transaction, head, columns.Count, perStatement);
                    written += await ExecuteAsync(full, columns, batch, ct);
                    batch.Clear();
                }
            }

            if (batch.Count > 0)
            {
                await using var rest = Command(transaction, head, columns.Count, batch.Count);
                written += await ExecuteAsync(rest, columns, batch, ct);
            }
        }
        finally
        {
            if (full is not null)
            {
                await full.DisposeAsync();
            }
        }

        return written;
    }

    private sealed record Column(IProperty Property, RelationalTypeMapping Mapping);

    private sealed class NoCache : IAsyncDisposable
    {
        public static readonly NoCache Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private sealed class SqliteCache(DbContext db, long previous) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            var restore = "PRAGMA cache_size = " + previous.ToString(CultureInfo.InvariantCulture);
            await db.Database.ExecuteSqlRawAsync(restore);
            await db.Database.CloseConnectionAsync();
        }
    }

    private static List<Column> Columns(IModel model, Type type, ISqlGenerationHelper sql, out string head)
    {
        var entityType = model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not an entity of this context.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = new List<Column>();
        var names = new List<string>();
        foreach (var property in entityType.GetProperties().Where(p => !IsDatabaseGenerated(p)))
        {
            if (property.IsShadowProperty())
            {
                throw new NotSupportedException($"{type.Name}.{property.Name} is a shadow property; BulkInserter needs CLR values.");
            }

            names.Add(sql.DelimitIdentifier(property.GetColumnName(table)!));
            columns.Add(new Column(property, (RelationalTypeMapping)property.GetTypeMapping()));
        }

        head = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", names)}) VALUES ";
        return columns;
    }

    private static DbCommand Command(DbTransaction transaction, string head, int columns, int rows)
    {
        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        var values = Enumerable.Range(0, rows).Select(r => "(" + string.Join(", ", Enumerable.Range(0, columns).Select(c => $"@p{r}_{c}")) + ")");
        command.CommandText = head + string.Join(", ", values);
        return command;
    }

    /// <summary>Parameters are made afresh per batch by the type mapping, as SaveChanges makes them, so conversions match.</summary>
    private static async Task<int> ExecuteAsync<T>(DbCommand command, List<Column> columns, List<T> batch, CancellationToken ct)
        where T : class
    {
        command.Parameters.Clear();
        for (var r = 0; r < batch.Count; r++)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                var column = columns[c];
                var value = column.Property.GetGetter().GetClrValueUsingContainingEntity(batch[r]);
                command.Parameters.Add(column.Mapping.CreateParameter(command, $"@p{r}_{c}", value, column.Property.IsNullable));
            }
        }

        return await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Computed columns, row versions and integer keys the database numbers; client-generated GUID keys are written.</summary>
    private static bool IsDatabaseGenerated(IProperty property) =>
        property.ValueGenerated == ValueGenerated.OnAddOrUpdate
        || (property.ValueGenerated == ValueGenerated.OnAdd && property.IsKey() && (property.ClrType == typeof(long) || property.ClrType == typeof(int)));
}
