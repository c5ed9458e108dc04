using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace CatoScim.ModuleKit.Persistence;

/// <summary>
/// Syncs a module's database file through the descriptor SQLite itself holds for a connection. SQLite has no call for
/// it, and a descriptor of our own would be unsafe: closing any descriptor of a file drops every POSIX lock the process
/// holds on that file, SQLite's included (sqlite.org/howtocorrupt.html, section 2.2).
/// </summary>
public static class SqliteDatabaseFile
{
    // SQLITE_FCNTL_FILE_POINTER: the sqlite3_file behind the connection's main database.
    private const int FileControlFilePointer = 7;

    // The unix VFS's unixFile begins with three pointers (methods, VFS, inode info), then the int descriptor `h`.
    private static readonly int DescriptorOffset = 3 * IntPtr.Size;

    private static readonly byte[] MainSchema = "main\0"u8.ToArray();

    /// <summary>
    /// Flushes the file's written pages to the disk. False, with nothing done, where the descriptor cannot be found and
    /// proved to be this file's (not Linux, an in-memory or temporary database, another VFS).
    /// </summary>
    public static bool TrySync(SqliteConnection connection) =>
        Descriptor(connection) is { } descriptor && DataSync(descriptor) == 0;

    /// <summary>The descriptor SQLite reads and writes the connection's main file through, once its link names that file.</summary>
    public static int? Descriptor(SqliteConnection connection)
    {
        if (!OperatingSystem.IsLinux() || connection.Handle is not { } handle || string.IsNullOrEmpty(connection.DataSource))
        {
            return null;
        }

        try
        {
            if (FileControl(handle.DangerousGetHandle(), MainSchema, FileControlFilePointer, out var file) != 0 || file == IntPtr.Zero)
            {
                return null;
            }

            var descriptor = Marshal.ReadInt32(file, DescriptorOffset);
            return descriptor >= 0 && new FileInfo($"/proc/self/fd/{descriptor}").LinkTarget == Path.GetFullPath(connection.DataSource)
                ? descriptor
                : null;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    // The same library Microsoft.Data.Sqlite opened (see SqliteBusyWait).
    [DllImport("e_sqlite3", EntryPoint = "sqlite3_file_control")]
    private static extern int FileControl(IntPtr db, byte[] schema, int operation, out IntPtr file);

    [DllImport("libc", EntryPoint = "fdatasync")]
    private static extern int DataSync(int descriptor);
}
