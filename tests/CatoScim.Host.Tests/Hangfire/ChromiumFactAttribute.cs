namespace CatoScim.Host.Tests.Hangfire;

/// <summary>
/// A fact that needs headless Chromium. On a developer machine without it the test is skipped, saying how to get
/// it; under CI (CI=true, where .ci/run installs Chromium) it always runs, so a missing browser fails the build.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string Path = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(Path) && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = $"Headless Chromium is not installed at {Path} (apt-get install -y chromium).";
        }
    }
}
