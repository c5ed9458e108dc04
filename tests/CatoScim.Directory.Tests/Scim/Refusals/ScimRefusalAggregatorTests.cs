using CatoScim.Directory.Scim.Refusals;

namespace CatoScim.Directory.Tests.Scim.Refusals;

public sealed class ScimRefusalAggregatorTests
{
    private static readonly DateTime Ten = new(2026, 1, 5, 10, 0, 0, DateTimeKind.Utc);
    private readonly Guid _account = Guid.NewGuid();
    private readonly Guid _directory = Guid.NewGuid();

    [Fact]
    public void Refusals_of_one_directory_reason_and_minute_are_one_tally_with_count_first_last_and_last_request_id()
    {
        var aggregator = new ScimRefusalAggregator();
        aggregator.Add(_account, _directory, "TOKEN_REVOKED", 401, "r1", Ten.AddSeconds(5));
        aggregator.Add(_account, _directory, "TOKEN_REVOKED", 401, "r3", Ten.AddSeconds(40));
        aggregator.Add(_account, _directory, "TOKEN_REVOKED", 401, "r2", Ten.AddSeconds(20));
        aggregator.Add(_account, _directory, "RATE_LIMITED", 429, "r4", Ten.AddSeconds(30));
        aggregator.Add(_account, _directory, "TOKEN_REVOKED", 401, "r5", Ten.AddSeconds(61));

        Assert.Equal(3, aggregator.Held);
        var taken = aggregator.TakeEndedBy(Ten.AddMinutes(1));
        Assert.Equal(2, taken.Count);
        var revoked = taken.Single(t => t.Key.Reason == "TOKEN_REVOKED").Value;
        Assert.Equal((3, Ten.AddSeconds(5), Ten.AddSeconds(40), "r3", _account, 401),
            (revoked.Count, revoked.FirstAt, revoked.LastAt, revoked.LastRequestId, revoked.AccountId, revoked.HttpStatus));
        Assert.Equal(429, taken.Single(t => t.Key.Reason == "RATE_LIMITED").Value.HttpStatus);
        Assert.Equal(1, aggregator.Held);
    }

    [Fact]
    public void A_minute_still_running_is_not_taken()
    {
        var aggregator = new ScimRefusalAggregator();
        aggregator.Add(_account, _directory, "SCIM_DISABLED", 401, "r1", Ten.AddSeconds(59));

        Assert.Empty(aggregator.TakeEndedBy(Ten.AddSeconds(59.9)));
        Assert.Single(aggregator.TakeEndedBy(Ten.AddMinutes(1)));
        Assert.Empty(aggregator.TakeEndedBy(DateTime.MaxValue));
    }

    [Fact]
    public void A_flood_over_many_directories_holds_at_most_the_bound_and_counts_what_it_dropped()
    {
        var aggregator = new ScimRefusalAggregator();
        var extra = 1_234;
        for (var i = 0; i < ScimRefusalAggregator.MaxTallies + extra; i++)
        {
            aggregator.Add(_account, Guid.NewGuid(), "TOKEN_UNKNOWN", 401, "r", Ten);
        }

        Assert.Equal(ScimRefusalAggregator.MaxTallies, aggregator.Held);
        Assert.Equal(extra, aggregator.Dropped);

        // A directory already held still counts; room comes back once the minute is taken.
        aggregator.Add(_account, _directory, "TOKEN_UNKNOWN", 401, "r", Ten);
        Assert.Equal(extra + 1, aggregator.Dropped);
        Assert.Equal(ScimRefusalAggregator.MaxTallies, aggregator.TakeEndedBy(Ten.AddMinutes(1)).Count);
        aggregator.Add(_account, _directory, "TOKEN_UNKNOWN", 401, "r", Ten);
        Assert.Equal(1, aggregator.Held);
    }

    [Fact]
    public void Restored_tallies_merge_with_refusals_that_arrived_meanwhile()
    {
        var aggregator = new ScimRefusalAggregator();
        aggregator.Add(_account, _directory, "TOKEN_EXPIRED", 401, "r1", Ten.AddSeconds(1));
        aggregator.Add(_account, _directory, "TOKEN_EXPIRED", 401, "r2", Ten.AddSeconds(2));
        var taken = aggregator.TakeEndedBy(Ten.AddMinutes(1));
        aggregator.Add(_account, _directory, "TOKEN_EXPIRED", 401, "r0", Ten);

        aggregator.Restore(taken);

        var merged = Assert.Single(aggregator.TakeEndedBy(Ten.AddMinutes(1))).Value;
        Assert.Equal((3, Ten, Ten.AddSeconds(2), "r2"), (merged.Count, merged.FirstAt, merged.LastAt, merged.LastRequestId));
    }

    [Fact]
    public void Concurrent_refusals_are_all_counted()
    {
        var aggregator = new ScimRefusalAggregator();
        Parallel.For(0, 10_000, i => aggregator.Add(_account, _directory, "TOKEN_UNKNOWN", 401, $"r{i}", Ten.AddMilliseconds(i % 60_000)));

        var tally = Assert.Single(aggregator.TakeEndedBy(Ten.AddMinutes(1))).Value;
        Assert.Equal(10_000, tally.Count);
        Assert.Equal(Ten, tally.FirstAt);
        Assert.Equal(Ten.AddMilliseconds(9_999), tally.LastAt);
    }
}
