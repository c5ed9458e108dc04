using System.Globalization;
using System.Runtime.InteropServices;
using CatoScim.Host.Memory;
using CatoScim.Host.Tests.Infrastructure;

namespace CatoScim.Host.Tests.Memory;

// A file of the test's own, mapped read-only the ways code is mapped (private: native libraries; shared: the runtime's
// IL images), so no other process shares its pages: the kernel skips pages another process maps, and the framework's
// are mapped by every .NET process running beside the test.
public sealed class FilePagesTests : IDisposable
{
    private const int ProtRead = 1;
    private const int ProtWrite = 2;
    private const int MapShared = 1;
    private const int MapPrivate = 2;
    private const int Length = 4 * 1024 * 1024;
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"catoscim-filepages-{Guid.NewGuid():N}.bin");

    [LinuxTheory]
    [InlineData(MapPrivate)]
    [InlineData(MapShared)]
    public void Release_drops_the_clean_pages_of_a_read_only_file_mapping(int sharing)
    {
        WriteFile();
        using var handle = File.OpenHandle(_path);
        var address = Mmap(0, Length, ProtRead, sharing, handle.DangerousGetHandle().ToInt32(), 0);
        Assert.NotEqual(-1, address);
        try
        {
            Touch(address);

            var before = MappingRssKiB(address);
            var advised = FilePages.Release();
            var after = MappingRssKiB(address);

            Assert.True(advised >= Length, $"advised {advised} bytes");
            Assert.Equal(Length / 1024, before);
            Assert.True(after < before / 4, $"the mapping held {before} KiB before, {after} KiB after");
            Assert.Equal(0, Marshal.ReadByte(address + Length - 1));
        }
        finally
        {
            Munmap(address, Length);
        }
    }

    // Two mappings of one file: the runtime maps an assembly flat and shared for its metadata and again as a private
    // image, and every .NET process on the machine maps the framework's assemblies as this one does. The kernel pages
    // out no page that another mapping still holds, whichever of the two comes first in the address space.
    [LinuxTheory]
    [InlineData(MapShared, MapShared)]
    [InlineData(MapShared, MapPrivate)]
    [InlineData(MapPrivate, MapShared)]
    public void Release_drops_a_file_page_that_two_mappings_hold(int firstSharing, int secondSharing)
    {
        WriteFile();
        using var handle = File.OpenHandle(_path);
        var fd = handle.DangerousGetHandle().ToInt32();
        var first = Mmap(0, Length, ProtRead, firstSharing, fd, 0);
        var second = Mmap(0, Length, ProtRead, secondSharing, fd, 0);
        Assert.NotEqual(-1, first);
        Assert.NotEqual(-1, second);
        try
        {
            Touch(first);
            Touch(second);

            FilePages.Release();

            Assert.True(MappingRssKiB(first) < Length / 1024 / 4, $"the first mapping kept {MappingRssKiB(first)} KiB");
            Assert.True(MappingRssKiB(second) < Length / 1024 / 4, $"the second mapping kept {MappingRssKiB(second)} KiB");
            Assert.Equal(0, Marshal.ReadByte(first + Length - 1));
            Assert.Equal(0, Marshal.ReadByte(second + Length - 1));
        }
        finally
        {
            Munmap(first, Length);
            Munmap(second, Length);
        }
    }

    // A private mapping made read-only after it was written (a library's relocated RELRO data) holds copies that differ
    // from the file: the release must leave them as they are.
    [LinuxFact]
    public void Release_keeps_what_a_private_mapping_was_changed_to_before_it_became_read_only()
    {
        WriteFile();
        using var handle = File.OpenHandle(_path);
        var address = Mmap(0, Length, ProtRead | ProtWrite, MapPrivate, handle.DangerousGetHandle().ToInt32(), 0);
        Assert.NotEqual(-1, address);
        try
        {
            Marshal.WriteByte(address, 42);
            Assert.Equal(0, Mprotect(address, Length, ProtRead));

            FilePages.Release();

            Assert.Equal(42, Marshal.ReadByte(address));
        }
        finally
        {
            Munmap(address, Length);
        }
    }

    public void Dispose() => File.Delete(_path);

    private void WriteFile()
    {
        using var file = new FileStream(_path, FileMode.CreateNew);
        file.Write(new byte[Length]);
        file.Flush(flushToDisk: true);
    }

    private static void Touch(nint address)
    {
        for (var offset = 0; offset < Length; offset += 4096)
        {
            Marshal.ReadByte(address + offset);
        }
    }

    private static long MappingRssKiB(nint address)
    {
        var start = address.ToString("x", CultureInfo.InvariantCulture) + "-";
        var inMapping = false;
        foreach (var line in File.ReadLines("/proc/self/smaps"))
        {
            if (line.StartsWith(start, StringComparison.Ordinal))
            {
                inMapping = true;
            }
            else if (inMapping && line.StartsWith("Rss:", StringComparison.Ordinal))
            {
                return long.Parse(line.AsSpan(4).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture);
            }
        }

        throw new InvalidOperationException("the mapping is not in /proc/self/smaps");
    }

    [DllImport("libc", EntryPoint = "mmap")]
    private static extern nint Mmap(nint address, nint length, int protection, int flags, int fd, long offset);

    [DllImport("libc", EntryPoint = "mprotect")]
    private static extern int Mprotect(nint address, nint length, int protection);

    [DllImport("libc", EntryPoint = "munmap")]
    private static extern int Munmap(nint address, nint length);
}
