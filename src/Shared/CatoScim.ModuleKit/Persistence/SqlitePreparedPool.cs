using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.ModuleKit.Persistence;

/// <summary>
/// Idle <see cref="SqlitePreparedSession"/>s of one module database, for the reads an IdP repeats thousands of times.
/// Registered only on SQLite: on SQL Server the server caches plans itself and the EF path is used.
/// </summary>
public sealed class SqlitePreparedPool<TContext> : IDisposable
{
    private readonly ConcurrentBag<SqlitePreparedSession> _idle = [];
    private readonly string _connectionString;
    private readonly string _pragmas;
    private readonly int _maxIdle = Math.Max(2, Environment.ProcessorCount * 2);

    private readonly ISqlCommandObserver[] _observers;

    internal SqlitePreparedPool(string connectionString, SqliteSynchronous synchronous, int cacheKiB, IEnumerable<ISqlCommandObserver> observers)
    {
        _connectionString = connectionString;
        _observers = [.. observers];
        _pragmas = SqlitePragmaInterceptor.PragmasFor(synchronous, cacheKiB);
    }

    public SqlitePreparedSession Rent() =>
        _idle.TryTake(out var session) ? session : SqlitePreparedSession.Open(_connectionString, _pragmas, _observers);

    /// <summary>
    /// <see cref="RowInserter.Insert"/> on a pooled session. Nothing signals the outbox for this commit: a caller that
    /// inserted outbox rows notifies the dispatcher itself.
    /// </summary>
    public void Insert(DbContext db, IReadOnlyList<object> entities)
    {
        var session = Rent();
        try
        {
            RowInserter.Insert(session, db, entities);
        }
        catch
        {
            session.Dispose();
            throw;
        }

        Return(session);
    }

    /// <summary>A session that failed mid-statement is disposed, never returned.</summary>
    public void Return(SqlitePreparedSession session)
    {
        if (_idle.Count < _maxIdle)
        {
            _idle.Add(session);
        }
        else
        {
            session.Dispose();
        }
    }

    public void Dispose()
    {
        while (_idle.TryTake(out var session))
        {
            session.Dispose();
        }
    }
}
