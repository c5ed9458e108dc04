namespace CatoScim.Host.Tests.Hangfire;

/// <summary>A fact that needs headless Chromium; skipped, saying how to get it, when it is not installed.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string Path = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(Path))
        {
            Skip = $"Headless Chromium is not installed at {Path} (apt-get install -y chromium).";
        }
    }
}
