namespace CatoScim.Bench;

/// <summary>The Host's CPU time and resident memory, read from /proc/PID (Linux only).</summary>
internal sealed class HostProcessProbe(int pid)
{
    public int Pid => pid;

    /// <summary>
    /// A probe for --host-pid; null (after a warning) where /proc cannot be read at all, so the host columns stay "-".
    /// A pid that /proc does not know is a usage error: the run would otherwise lose the numbers it was asked for.
    /// </summary>
    public static HostProcessProbe? Open(int pid, TextWriter log)
    {
        if (!OperatingSystem.IsLinux() || !File.Exists("/proc/self/stat"))
        {
            log.WriteLine($"warning: --host-pid {pid} given but /proc is not readable here; host CPU and memory are reported as '-'");
            return null;
        }

        var probe = new HostProcessProbe(pid);
        return probe.CpuSeconds() is not null
            ? probe
            : throw new BenchUsageException($"--host-pid {pid}: /proc/{pid}/stat is not readable (is the Host running under that id?)");
    }

    /// <summary>User plus system CPU of all the process's threads; null once the process is gone.</summary>
    public double? CpuSeconds() => ProcFiles.CpuTicks(Read("stat")) is { } ticks ? (double)ticks / ClockTicks.PerSecond : null;

    public double? RssMiB() => ProcFiles.VmRssKiB(Read("status")) is { } kib ? kib / 1024.0 : null;

    private string Read(string file)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/{file}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The process exited (or was never ours to read); the parsers turn "" into null.
            return "";
        }
    }
}
