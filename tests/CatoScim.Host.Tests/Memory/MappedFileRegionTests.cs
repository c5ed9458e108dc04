using CatoScim.Host.Memory;

namespace CatoScim.Host.Tests.Memory;

public sealed class MappedFileRegionTests
{
    [Theory]
    [InlineData("7f3a00000000-7f3a00100000 r-xp 00000000 08:01 1234                       /usr/lib/libc.so.6")]
    [InlineData("7f3a00000000-7f3a00100000 r--p 00002000 08:01 99    /app/libe_sqlite3.so")]
    [InlineData("7f3a00000000-7f3a00100000 r--s 00000000 08:01 99 /app/CatoScim.Directory.dll")]
    public void A_read_only_file_mapping_is_taken_with_its_range(string line)
    {
        Assert.True(MappedFileRegion.TryParse(line, out var region));
        Assert.Equal(0x7f3a00000000UL, (ulong)region.Start);
        Assert.Equal((nuint)0x100000, region.Length);
    }

    [Theory]
    [InlineData("7f3a00000000-7f3a00100000 r--s 00000000 08:01 99 /app/CatoScim.Directory.dll", true)]
    [InlineData("7f3a00000000-7f3a00100000 r--p 00002000 08:01 99 /app/libe_sqlite3.so", false)]
    [InlineData("7f3a00000000-7f3a00100000 r-xp 00000000 08:01 1234 /usr/lib/libc.so.6", false)]
    public void A_mapping_is_shared_only_when_its_flags_say_so(string line, bool shared)
    {
        Assert.True(MappedFileRegion.TryParse(line, out var region));
        Assert.Equal(shared, region.Shared);
    }

    [Theory]
    [InlineData("7f3a00000000-7f3a00100000 rw-p 00000000 08:01 1234 /usr/lib/libc.so.6")]
    [InlineData("7f3a00000000-7f3a00100000 rw-s 00000000 08:01 1234 /data/directory.db-shm")]
    [InlineData("7f3a00000000-7f3a00100000 r--s 00000000 00:1a 1234 /dev/shm/catoscim")]
    [InlineData("7f3a00000000-7f3a00100000 rw-p 00000000 00:00 0")]
    [InlineData("7f3a00000000-7f3a00100000 r-xp 00000000 00:00 0 [vdso]")]
    [InlineData("7f3a00000000-7f3a00100000 r-xp 00000000 00:01 77 /memfd:doublemapper (deleted)")]
    [InlineData("7f3a00000000-7f3a00100000 r-xp 00000000 00:01 77 /memfd:doublemapper")]
    [InlineData("7f3a00000000-7f3a00100000 r--p 00000000 08:01 1234 /app/old/CatoScim.Host.dll (deleted)")]
    [InlineData("7f3a00100000-7f3a00000000 r--p 00000000 08:01 1234 /usr/lib/libc.so.6")]
    [InlineData("zz-7f3a00100000 r--p 00000000 08:01 1234 /usr/lib/libc.so.6")]
    [InlineData("")]
    public void Any_other_mapping_is_left_alone(string line)
    {
        Assert.False(MappedFileRegion.TryParse(line, out _));
    }
}
