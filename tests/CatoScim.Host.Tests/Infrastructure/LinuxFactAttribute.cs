namespace CatoScim.Host.Tests.Infrastructure;

/// <summary>A fact that reads /proc, so it is reported as skipped (not passed) elsewhere.</summary>
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "needs /proc (Linux)";
        }
    }
}
