using CatoScim.Events.Digests;

namespace CatoScim.Events.Tests.Digests;

public sealed class DigestWindowsTests
{
    [Theory]
    [InlineData("2026-01-05T10:59:59Z", 60, "2026-01-05T10:00:00Z")]
    [InlineData("2026-01-05T11:00:00Z", 60, "2026-01-05T11:00:00Z")]
    [InlineData("2026-01-05T10:44:00Z", 15, "2026-01-05T10:30:00Z")]
    [InlineData("2026-01-05T10:44:00Z", 240, "2026-01-05T08:00:00Z")]
    public void Windows_align_to_multiples_of_the_interval_in_utc(string time, int minutes, string start) =>
        Assert.Equal(DateTime.Parse(start, null, System.Globalization.DateTimeStyles.AdjustToUniversal),
            DigestWindows.Floor(DateTime.Parse(time, null, System.Globalization.DateTimeStyles.AdjustToUniversal), TimeSpan.FromMinutes(minutes)));

    [Fact]
    public void A_window_is_closed_only_after_its_grace_period()
    {
        var hour = TimeSpan.FromHours(1);
        var grace = TimeSpan.FromMinutes(2);
        Assert.Equal(new DateTime(2026, 1, 5, 10, 0, 0, DateTimeKind.Utc), DigestWindows.ClosedUntil(new DateTime(2026, 1, 5, 11, 1, 0, DateTimeKind.Utc), hour, grace));
        Assert.Equal(new DateTime(2026, 1, 5, 11, 0, 0, DateTimeKind.Utc), DigestWindows.ClosedUntil(new DateTime(2026, 1, 5, 11, 2, 0, DateTimeKind.Utc), hour, grace));
    }

    [Theory]
    [InlineData(60, 2, "2 * * * *")]
    [InlineData(15, 2, "2-59/15 * * * *")]
    [InlineData(120, 2, "2 */2 * * *")]
    [InlineData(7, 2, "* * * * *")]
    public void Cron_runs_just_after_each_window_closes(int minutes, int grace, string cron) =>
        Assert.Equal(cron, DigestWindows.Cron(minutes, grace));
}
