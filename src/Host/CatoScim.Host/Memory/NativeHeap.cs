using System.Runtime.InteropServices;

namespace CatoScim.Host.Memory;

/// <summary>
/// glibc's malloc, which SQLite and the runtime's own native code (the JIT among them) allocate from. It gives threads
/// arenas of their own (up to eight per core) and keeps the memory freed inside them. Only on Linux with glibc;
/// elsewhere the call is a no-op that answers false.
/// </summary>
internal static class NativeHeap
{
    /// <summary>Returns the free pages of every arena to the OS (`malloc_trim(0)`); false where there is no glibc.</summary>
    public static bool Trim()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            MallocTrim(0);
            return true;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            // musl and other C libraries: nothing to return this way.
            return false;
        }
    }

    // DllImport rather than LibraryImport: a blittable call needs no generated marshalling (nor unsafe code).
    [DllImport("libc", EntryPoint = "malloc_trim")]
    private static extern int MallocTrim(nuint pad);
}
