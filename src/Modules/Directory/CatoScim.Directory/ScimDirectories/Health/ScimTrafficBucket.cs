namespace CatoScim.Directory.ScimDirectories.Health;

/// <summary>
/// Requests and failures of one directory in one minute (kept an hour, for the status rules) or one hour (kept a day,
/// for the 24-hour counts). Flushes add to it, so counts from several hosts sum up.
/// </summary>
internal sealed class ScimTrafficBucket
{
    public const int Minute = 1;
    public const int Hour = 60;

    public Guid DirectoryId { get; init; }

    /// <summary><see cref="Minute"/> or <see cref="Hour"/>.</summary>
    public int Minutes { get; init; }

    public DateTime Start { get; init; }
    public int Requests { get; set; }
    public int Failures { get; set; }
    public DateTime? FirstFailureAt { get; set; }

    public static DateTime StartOf(DateTime at, int minutes) =>
        new(at.Ticks - (at.Ticks % (minutes * TimeSpan.TicksPerMinute)), DateTimeKind.Utc);
}
