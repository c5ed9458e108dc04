using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace CatoScim.ModuleKit.Persistence;

/// <summary>
/// The only runtime code outside the SQL Server contexts that names Microsoft.Data.SqlClient's types. The JIT loads
/// an assembly when it compiles a method that names one of its types, so the type tests live in methods that are
/// never inlined and run only for a <see cref="DbException"/> that is not SQLite's: a SQLite deployment never maps
/// SqlClient into memory, even when its first failure is handled.
/// </summary>
public static class SqlServerErrors
{
    /// <summary>True when <paramref name="ex"/> is a SQL Server error whose number (its first error's) is one of <paramref name="numbers"/>.</summary>
    public static bool NumberIs(Exception? ex, params ReadOnlySpan<int> numbers) =>
        IsCandidate(ex) && numbers.Contains(Number(ex!));

    /// <summary>True when any of the errors a SQL Server exception carries has a number in <paramref name="numbers"/>.</summary>
    public static bool AnyNumberIn(Exception? ex, IReadOnlySet<int> numbers) =>
        IsCandidate(ex) && AllNumbers(ex!).Any(numbers.Contains);

    private static bool IsCandidate(Exception? ex) => ex is DbException and not SqliteException;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Number(Exception ex) => ex is SqlException sql ? sql.Number : 0;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int[] AllNumbers(Exception ex) => ex is SqlException sql ? [.. sql.Errors.Cast<SqlError>().Select(e => e.Number)] : [];
}
