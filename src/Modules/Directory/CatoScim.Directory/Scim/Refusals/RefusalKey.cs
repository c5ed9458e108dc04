namespace CatoScim.Directory.Scim.Refusals;

/// <summary>One aggregated refusal record: a directory, a reason and a minute (UTC ticks / ticks per minute).</summary>
internal readonly record struct RefusalKey(Guid DirectoryId, string Reason, long Minute)
{
    public DateTime MinuteEnd => new((Minute + 1) * TimeSpan.TicksPerMinute, DateTimeKind.Utc);

    public static long MinuteOf(DateTime utc) => utc.Ticks / TimeSpan.TicksPerMinute;
}
