using System.Globalization;
using System.Runtime.CompilerServices;

namespace CatoScim.Host.Memory;

/// <summary>
/// One line of `/proc/self/maps` that maps a file read-only: a native library's code and constants (private) or an
/// assembly (the runtime maps IL images shared). Such pages can only hold what the file holds, so the kernel can drop
/// them and read them back unchanged. Writable mappings (data, SQLite's `-shm`) never qualify, nor shared memory with
/// no disk behind it (the JIT's `memfd:doublemapper`, `/dev/shm`), which paging out would only unmap, not free.
/// <paramref name="Shared"/>: mapped MAP_SHARED (`r--s`), so every page in it is the file's own page-cache page; a
/// private read-only mapping can hold copies made before it was made read-only (a library's relocated RELRO data).
/// </summary>
internal readonly record struct MappedFileRegion(nuint Start, nuint Length, bool Shared)
{
    /// <summary>Reads `start-end perms offset dev inode path` (proc(5)); false for any other kind of mapping.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryParse(ReadOnlySpan<char> line, out MappedFileRegion region)
    {
        region = default;
        Span<Range> fields = stackalloc Range[7];
        var count = line.Split(fields, ' ', StringSplitOptions.RemoveEmptyEntries);
        if (count != 6)
        {
            // Five fields: an anonymous mapping; seven: a path with a space or a "(deleted)" file.
            return false;
        }

        var perms = line[fields[1]];
        var path = line[fields[5]];
        if (perms.Length != 4 || perms[0] != 'r' || perms[1] != '-' || path.Length == 0 || path[0] != '/'
            || path.StartsWith("/memfd:", StringComparison.Ordinal) || path.StartsWith("/dev/shm/", StringComparison.Ordinal))
        {
            return false;
        }

        var range = line[fields[0]];
        var dash = range.IndexOf('-');
        if (dash <= 0
            || !ulong.TryParse(range[..dash], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var start)
            || !ulong.TryParse(range[(dash + 1)..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var end)
            || end <= start)
        {
            return false;
        }

        region = new MappedFileRegion((nuint)start, (nuint)(end - start), perms[3] == 's');
        return true;
    }
}
