namespace CatoScim.Host.Tests.Infrastructure;

/// <summary>
/// A fact that reads /proc, so it is reported as skipped (not passed) elsewhere;
/// under CI (CI=true, which .ci/run sets) it always runs, so it can never pass CI by skipping.
/// </summary>
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux() && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = "needs /proc (Linux)";
        }
    }
}
