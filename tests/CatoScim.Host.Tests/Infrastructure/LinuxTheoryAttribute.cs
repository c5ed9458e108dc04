namespace CatoScim.Host.Tests.Infrastructure;

/// <summary>A theory that reads /proc, so it is reported as skipped (not passed) elsewhere.</summary>
public sealed class LinuxTheoryAttribute : TheoryAttribute
{
    public LinuxTheoryAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "needs /proc (Linux)";
        }
    }
}
