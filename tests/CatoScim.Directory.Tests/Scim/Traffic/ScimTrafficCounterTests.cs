using CatoScim.Directory.Scim.Traffic;

namespace CatoScim.Directory.Tests.Scim.Traffic;

public sealed class ScimTrafficCounterTests
{
    private static readonly DateTime Ten = new(2026, 1, 5, 10, 0, 0, DateTimeKind.Utc);
    private readonly Guid _account = Guid.NewGuid();

    [Fact]
    public void A_flush_takes_the_counts_once_and_the_latest_times_only_when_they_moved()
    {
        var counter = new ScimTrafficCounter();
        var directory = Guid.NewGuid();
        var token = Guid.NewGuid();
        var traffic = counter.For(_account, directory)!;
        traffic.Authenticated(token, Ten.Ticks);
        traffic.Succeeded(Ten.Ticks);
        traffic.Failed(Ten.AddSeconds(2).Ticks, "HTTP_409");
        traffic.Failed(Ten.AddSeconds(1).Ticks, "HTTP_400");

        var delta = Assert.Single(counter.Take());
        Assert.Equal((3, 2, Ten.AddSeconds(1), Ten, Ten.AddSeconds(2), "HTTP_409", Ten),
            (delta.Requests, delta.Failures, delta.FirstFailureAt, delta.LastSuccessAt, delta.LastFailureAt, delta.LastFailureReason, delta.LastAuthenticatedAt));
        Assert.Equal([(token, Ten)], delta.Tokens);
        Assert.Equal(Ten.AddSeconds(2), delta.LastRequestAt);

        traffic.Succeeded(Ten.AddSeconds(5).Ticks);
        var next = Assert.Single(counter.Take());
        Assert.Equal((1, 0, null, Ten.AddSeconds(5), null, null), (next.Requests, next.Failures, next.FirstFailureAt, next.LastSuccessAt, next.LastFailureAt, next.LastAuthenticatedAt));
        Assert.Empty(next.Tokens);
    }

    [Fact]
    public void A_delta_that_could_not_be_written_comes_back_with_what_arrived_meanwhile()
    {
        var counter = new ScimTrafficCounter();
        var directory = Guid.NewGuid();
        var token = Guid.NewGuid();
        var traffic = counter.For(_account, directory)!;
        traffic.Authenticated(token, Ten.Ticks);
        traffic.Failed(Ten.Ticks, "TOKEN_REVOKED");
        var lost = counter.Take();
        traffic.Succeeded(Ten.AddSeconds(1).Ticks);

        counter.Restore(lost);

        var delta = Assert.Single(counter.Take());
        Assert.Equal((2, 1, Ten, Ten.AddSeconds(1), Ten, Ten), (delta.Requests, delta.Failures, delta.FirstFailureAt, delta.LastSuccessAt, delta.LastFailureAt, delta.LastAuthenticatedAt));
        Assert.Equal([(token, Ten)], delta.Tokens);
    }

    [Fact]
    public void Idle_directories_are_dropped_and_the_number_held_is_bounded()
    {
        var counter = new ScimTrafficCounter();
        var idle = counter.For(_account, Guid.NewGuid())!;
        idle.Succeeded(Ten.Ticks);
        Assert.Single(counter.Take());
        for (var i = 0; i < ScimTrafficCounter.IdleFlushesBeforeDrop; i++)
        {
            Assert.Empty(counter.Take());
        }

        var directory = Guid.NewGuid();
        Assert.NotSame(counter.For(_account, directory), idle);
        for (var i = 1; i < ScimTrafficCounter.MaxDirectories; i++)
        {
            Assert.NotNull(counter.For(_account, Guid.NewGuid()));
        }

        Assert.Null(counter.For(_account, Guid.NewGuid()));
        Assert.NotNull(counter.For(_account, directory));
    }

    [Fact]
    public void Concurrent_outcomes_are_all_counted()
    {
        var counter = new ScimTrafficCounter();
        var directory = Guid.NewGuid();
        Parallel.For(0, 20_000, i =>
        {
            var traffic = counter.For(_account, directory)!;
            traffic.Authenticated(Guid.Empty, Ten.AddMilliseconds(i).Ticks);
            if (i % 4 == 0)
            {
                traffic.Failed(Ten.AddMilliseconds(i).Ticks, "HTTP_500");
            }
            else
            {
                traffic.Succeeded(Ten.AddMilliseconds(i).Ticks);
            }
        });

        var delta = Assert.Single(counter.Take());
        Assert.Equal((20_000, 5_000, Ten, Ten.AddMilliseconds(19_999), Ten.AddMilliseconds(19_996)),
            (delta.Requests, delta.Failures, delta.FirstFailureAt, delta.LastSuccessAt, delta.LastFailureAt));
    }
}
