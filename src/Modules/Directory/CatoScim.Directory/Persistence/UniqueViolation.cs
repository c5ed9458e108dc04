using CatoScim.ModuleKit.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Directory.Persistence;

internal static class UniqueViolation
{
    /// <summary>SQLite extended code 2067 (SQLITE_CONSTRAINT_UNIQUE) / 1555 (primary key); SQL Server 2601 / 2627.</summary>
    public static bool Is(DbUpdateException ex) => IsUniqueError(ex.InnerException);

    /// <summary>The same, for statements run outside SaveChanges (see RowInserter), where the provider's exception is not wrapped.</summary>
    public static bool IsUniqueError(Exception? ex) => ex switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        _ when SqlServerErrors.NumberIs(ex, 2601, 2627) => true,
        _ => false,
    };
}
