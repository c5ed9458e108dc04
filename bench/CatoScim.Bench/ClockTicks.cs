using System.Runtime.InteropServices;

namespace CatoScim.Bench;

/// <summary>The unit of /proc/PID/stat's time fields (USER_HZ), as sysconf(_SC_CLK_TCK) reports it.</summary>
internal static class ClockTicks
{
    // USER_HZ is 100 on x86 and arm64 Linux; the fallback only applies if libc cannot be asked.
    private const long Fallback = 100;

    // _SC_CLK_TCK in <bits/confname.h>, the same value in glibc and musl.
    private const int ScClkTck = 2;

    public static long PerSecond { get; } = Read();

    private static long Read()
    {
        try
        {
            var ticks = (long)NativeMethods.sysconf(ScClkTck);
            return ticks > 0 ? ticks : Fallback;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return Fallback;
        }
    }

    private static class NativeMethods
    {
        // C long is pointer-sized on Linux, hence nint.
        [DllImport("libc")]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern nint sysconf(int name);
    }
}
