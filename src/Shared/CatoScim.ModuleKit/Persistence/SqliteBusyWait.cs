using System.Diagnostics;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace CatoScim.ModuleKit.Persistence;

/// <summary>
/// How a connection waits for SQLite's single write lock. `PRAGMA busy_timeout` installs SQLite's default handler, which
/// sleeps 1, 2, 5, 10, 15, 20, 25 ms between tries: made for processes that share a file, it turns a 3 ms hold by the
/// search indexer into an 8 ms wait and a 12 ms hold into 33 ms, and the bench saw those as the worst 1% of SCIM
/// creates. Every writer of a module file is in this process and holds the lock for milliseconds, so this handler
/// polls every 0.1 ms for the first 20 ms (a waiter starts within about 0.2 ms of the release), then every
/// millisecond, and gives up after the same 30 s as the pragma did.
/// </summary>
public static class SqliteBusyWait
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan FinePollFor = TimeSpan.FromMilliseconds(20);
    private const uint FinePollMicroseconds = 100;

    // A static delegate: native code keeps calling it for as long as the process lives.
    private static readonly BusyHandler Handler = OnBusy;
    private static long _waits;
    private static long _polls;

    private static readonly bool CanMicroSleep = ProbeMicroSleep();

    [ThreadStatic]
    private static long _waitStarted;

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate int BusyHandler(IntPtr state, int previousCalls);

    /// <summary>Lock conflicts waited out since start, and the polls they took (a diagnostic, not a product figure).</summary>
    public static (long Waits, long Polls) Counts => (Interlocked.Read(ref _waits), Interlocked.Read(ref _polls));

    /// <summary>
    /// Replaces the connection's busy handler; run it after `PRAGMA busy_timeout`, which would replace this one. False
    /// where the native library is not e_sqlite3 (another SQLitePCLRaw bundle): the pragma's handler then stays.
    /// </summary>
    public static bool TryInstall(SqliteConnection connection)
    {
        var handle = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        try
        {
            return SetBusyHandler(handle.DangerousGetHandle(), Handler, IntPtr.Zero) == 0;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    private static int OnBusy(IntPtr state, int previousCalls)
    {
        var now = Stopwatch.GetTimestamp();
        if (previousCalls == 0)
        {
            _waitStarted = now;
            Interlocked.Increment(ref _waits);
        }

        var waited = Stopwatch.GetElapsedTime(_waitStarted, now);
        if (waited >= Timeout)
        {
            return 0;
        }

        Interlocked.Increment(ref _polls);
        if (waited < FinePollFor && CanMicroSleep)
        {
            _ = MicroSleep(FinePollMicroseconds);
        }
        else
        {
            Thread.Sleep(1);
        }

        return 1;
    }

    private static bool ProbeMicroSleep()
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }

        try
        {
            return MicroSleep(0) == 0;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    // The same library Microsoft.Data.Sqlite opened (SQLitePCLRaw's bundle resolves "e_sqlite3" through the app's deps).
    [DllImport("e_sqlite3", EntryPoint = "sqlite3_busy_handler")]
    private static extern int SetBusyHandler(IntPtr db, BusyHandler handler, IntPtr state);

    // Thread.Sleep has millisecond granularity; the lock is usually free again within a fraction of one.
    [DllImport("libc", EntryPoint = "usleep")]
    private static extern int MicroSleep(uint microseconds);
}
