using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace CatoScim.Host.Memory;

/// <summary>
/// The clean file pages the process has mapped: assemblies and native libraries, about 90 MiB of the resident set
/// after start-up, of which steady SCIM traffic touches about half. The kernel maps 16 pages around every page
/// touched (fault-around), and start-up code (migrations, the EF model, DI) is never run again.
/// </summary>
internal static class FilePages
{
    // MADV_PAGEOUT (Linux 5.4): reclaim now. A page that is still shared with another process, or that was copied on
    // write (anonymous memory inside a file mapping, which has nowhere to go without swap), is left alone, so the
    // call never changes what the process reads, only whether the next read of the page faults.
    private const int PageOut = 21;

    // MADV_DONTNEED on a shared file mapping drops this process's mappings of its pages and nothing else: the pages stay
    // the file's, clean in the page cache, and the next read maps them again. PAGEOUT leaves a page alone while any other
    // mapping holds it, and every .NET process on the machine maps the same framework assemblies, shared, as this one
    // does. Never used on a private mapping, where it would drop pages copied before it became read-only.
    private const int DontNeed = 4;

    /// <summary>
    /// Asks the kernel to drop the read-only file pages of this process; the code the next requests need is read
    /// back on first use. Returns the bytes of the mappings advised, or 0 where the kernel or OS cannot.
    /// </summary>
    // Fully optimised at once: a tier-up compile of this code after the release would fault the JIT's own library
    // (4 MiB) back in. The regions are read first so that no code runs for the first time between two advice calls.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static long Release()
    {
        if (!OperatingSystem.IsLinux())
        {
            return 0;
        }

        var regions = new List<MappedFileRegion>();
        var privateRegions = new List<MappedFileRegion>();
        foreach (var line in File.ReadLines("/proc/self/maps"))
        {
            if (MappedFileRegion.TryParse(line, out var region))
            {
                (region.Shared ? regions : privateRegions).Add(region);
            }
        }

        // Shared mappings first: the runtime maps an assembly twice, flat and shared for its metadata and as a private
        // image for its code, and a page the shared mapping still holds would not be paged out of the image.
        regions.AddRange(privateRegions);
        long advised = 0;
        try
        {
            foreach (var region in regions)
            {
                if (Madvise(region.Start, region.Length, region.Shared ? DontNeed : PageOut) != 0)
                {
                    // EINVAL before Linux 5.4: no way to do it, so no point asking about the other mappings.
                    return advised;
                }

                advised += (long)region.Length;
            }
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            // A C library the runtime cannot bind as "libc" (as in NativeHeap): the release is a saving, never a failure.
        }

        return advised;
    }

    // DllImport as in NativeHeap: a blittable call needs no generated marshalling.
    [DllImport("libc", EntryPoint = "madvise")]
    private static extern int Madvise(nuint address, nuint length, int advice);
}
