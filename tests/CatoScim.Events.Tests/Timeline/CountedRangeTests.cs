using CatoScim.Events.Timeline;

namespace CatoScim.Events.Tests.Timeline;

public sealed class CountedRangeTests
{
    private static readonly DateTime T0 = new(2026, 1, 5, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Whole_hours_come_from_the_counters_and_the_cut_edges_from_rows()
    {
        var range = CountedRange.Split(T0.AddMinutes(-50), T0.AddHours(2).AddMinutes(5));

        Assert.True(range.HasWholeHours);
        Assert.Equal((T0, T0.AddHours(2)), (range.WholeFrom, range.WholeTo));
        Assert.Equal([(T0.AddMinutes(-50), T0), (T0.AddHours(2), T0.AddHours(2).AddMinutes(5))], range.Partial);
    }

    [Fact]
    public void Aligned_ends_need_no_rows_and_open_ends_stay_open()
    {
        var aligned = CountedRange.Split(T0, T0.AddHours(3));
        Assert.Equal((true, T0, T0.AddHours(3)), (aligned.HasWholeHours, aligned.WholeFrom, aligned.WholeTo));
        Assert.Empty(aligned.Partial);

        var open = CountedRange.Split(T0.AddTicks(1), null);
        Assert.Equal((T0.AddHours(1), (DateTime?)null), (open.WholeFrom, open.WholeTo));
        Assert.Equal([(T0.AddTicks(1), T0.AddHours(1))], open.Partial);

        var all = CountedRange.Split(null, null);
        Assert.True(all.HasWholeHours);
        Assert.Equal(((DateTime?)null, (DateTime?)null), (all.WholeFrom, all.WholeTo));
        Assert.Empty(all.Partial);
    }

    [Theory]
    [InlineData(10, 50)]
    [InlineData(30, 90)]
    public void A_range_with_no_whole_hour_is_read_from_rows_only(int fromMinutes, int toMinutes)
    {
        var range = CountedRange.Split(T0.AddMinutes(fromMinutes), T0.AddMinutes(toMinutes));

        Assert.False(range.HasWholeHours);
        Assert.Equal([(T0.AddMinutes(fromMinutes), T0.AddMinutes(toMinutes))], range.Partial);
    }

    [Fact]
    public void An_empty_or_reversed_range_reads_nothing()
    {
        Assert.Equal((false, 0), (CountedRange.Split(T0, T0).HasWholeHours, CountedRange.Split(T0, T0).Partial.Count));
        Assert.Equal((false, 0), (CountedRange.Split(T0.AddHours(2), T0).HasWholeHours, CountedRange.Split(T0.AddHours(2), T0).Partial.Count));
    }
}
