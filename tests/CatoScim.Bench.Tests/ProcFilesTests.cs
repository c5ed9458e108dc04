namespace CatoScim.Bench.Tests;

public sealed class ProcFilesTests
{
    // A real /proc/PID/stat line's shape: utime 1500 and stime 230 are fields 14 and 15.
    private const string Tail = "S 1 1234 1234 0 -1 4194560 52040 0 12 0 1500 230 0 0 20 0 24 0 4711 3436888064 30000 18446744073709551615";

    [Fact]
    public void Cpu_ticks_are_utime_plus_stime()
    {
        Assert.Equal(1730L, ProcFiles.CpuTicks($"1234 (dotnet) {Tail}\n"));
    }

    [Theory]
    [InlineData("dotnet (x) y")]
    [InlineData("a) 9 9 9 9 9 9 9 9 9 9 9 9 (b")]
    [InlineData(" ")]
    public void A_name_with_spaces_and_parentheses_does_not_shift_the_fields(string name)
    {
        Assert.Equal(1730L, ProcFiles.CpuTicks($"1234 ({name}) {Tail}"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("1234 dotnet S 1 1234")]
    [InlineData("1234 (dotnet) S 1 1234 1234 0 -1 4194560 52040 0 12 0 1500")]
    [InlineData("1234 (dotnet) S 1 1234 1234 0 -1 4194560 52040 0 12 0 1500 -230 0")]
    public void Cpu_ticks_of_a_truncated_or_malformed_line_are_unknown(string stat)
    {
        Assert.Null(ProcFiles.CpuTicks(stat));
    }

    [Fact]
    public void Rss_is_read_from_the_VmRSS_line()
    {
        const string status = "Name:\tdotnet\nVmPeak:\t 3500000 kB\nVmHWM:\t  140000 kB\nVmRSS:\t  120064 kB\nRssAnon:\t   90000 kB\n";
        Assert.Equal(120064L, ProcFiles.VmRssKiB(status));
    }

    [Theory]
    [InlineData("Name:\tkthreadd\nState:\tS (sleeping)\n")]
    [InlineData("VmRSS:\t  120064 MB\n")]
    [InlineData("")]
    public void Rss_without_a_well_formed_VmRSS_line_is_unknown(string status)
    {
        Assert.Null(ProcFiles.VmRssKiB(status));
    }
}
