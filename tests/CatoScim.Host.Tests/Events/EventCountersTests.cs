using CatoScim.Directory.Contracts.Users;
using CatoScim.Events.Persistence;
using CatoScim.Events.Provisioning;
using CatoScim.Events.Timeline;
using CatoScim.Host.Tests.Infrastructure;
using CatoScim.ModuleKit.Inbox;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Host.Tests.Events;

/// <summary>The hourly counters behind `summary` and `timeline` stay equal to counting the event rows.</summary>
public sealed class EventCountersTests : AccountTestBase
{
    private static readonly DateTime T0 = new(2026, 1, 5, 10, 0, 0, DateTimeKind.Utc);

    public EventCountersTests()
        : base(new(settings: new() { ["Events:RetentionDays"] = "30" }))
    {
    }

    [Fact]
    public async Task The_summary_equals_counting_the_rows_for_any_range()
    {
        var (other, _) = await Factory.CreateAccountAsync("other");
        var seeded = new List<ProvisioningEvent>();
        var random = new Random(15);
        string[] operations = ["USER_CREATED", "USER_UPDATED", "USER_DEACTIVATED", "USER_CREATE", "SOMETHING_NEWER"];
        foreach (var minute in new[] { -240, -180, -121, -120, -107, -61, -60, -59, -1, 0, 0, 1, 15, 29, 30, 59, 60, 60, 61, 89, 90, 107, 119, 120, 121, 200, 299 })
        {
            var time = T0.AddMinutes(minute).AddTicks(minute % 7 == 0 ? 0 : random.Next(1, 10_000_000));
            seeded.Add(EventSeed.Event(AccountId, time, operations[random.Next(operations.Length)], (ProvisioningAction)random.Next(3),
                directoryId: random.Next(2) == 0 ? null : Guid.NewGuid()));
        }

        await Factory.AddAsync([.. seeded, EventSeed.Event(other, T0.AddMinutes(1)), EventSeed.Event(other, T0.AddMinutes(100))]);

        // Minutes from T0; null is an open end.
        (int? From, int? To)[] ranges =
        [
            (-107, 107),  // partial first and last hours around whole ones
            (-120, 120),  // whole hours only
            (10, 50),     // inside one hour
            (30, 90),     // two partial hours, no whole one between
            (-30, null),  // open towards the future
            (null, 15),   // open towards the past
            (null, null),
            (310, 420),   // no events
            (60, 61),
            (20, -60),    // reversed: nothing
        ];
        foreach (var (fromMinutes, toMinutes) in ranges)
        {
            DateTime? from = fromMinutes is { } f ? T0.AddMinutes(f) : null;
            DateTime? to = toMinutes is { } t ? T0.AddMinutes(t) : null;
            var summary = await Client.SummaryAsync(AccountId, from, to);

            var inRange = seeded.Where(e => (from is null || e.Time >= from) && (to is null || e.Time < to)).ToList();
            var range = $"[{fromMinutes}, {toMinutes})";
            Assert.True(inRange.Count == summary.GetProperty("total").GetInt32(), $"{range}: total {summary}, rows {inRange.Count}");
            Assert.Equal([range, .. inRange.GroupBy(e => e.Action).OrderBy(g => g.Key).Select(g => $"{g.Key.ToString().ToUpperInvariant()}={g.Count()}")],
                [range, .. summary.Actions()]);
            Assert.Equal([range, .. inRange.GroupBy(e => e.Operation == "SOMETHING_NEWER" ? "OTHER" : e.Operation)
                .Select(g => (Operation: g.Key, Count: g.Count())).OrderByDescending(o => o.Count).ThenBy(o => o.Operation, StringComparer.Ordinal)
                .Select(o => $"{o.Operation}={o.Count}")], [range, .. summary.Operations()]);
        }
    }

    [Fact]
    public async Task A_redelivered_notification_is_counted_once()
    {
        var messageId = Guid.CreateVersion7();
        var notification = new UserDeactivated(new UserRef(AccountId, Guid.NewGuid(), "ann@acme.com", "00u1", Guid.NewGuid(), "SCIM", false), "SCIM", T0.AddMinutes(5));
        for (var i = 0; i < 2; i++)
        {
            await using var scope = Factory.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<MessageContext>().Set(messageId, T0.AddMinutes(5));
            await scope.ServiceProvider.GetRequiredService<IPublisher>().Publish(notification);
        }

        Assert.Equal(["DISABLED=1"], (await Client.TimelineAsync(AccountId, T0, T0.AddHours(1)))[0].Actions());
        Assert.Equal(1, Assert.Single(await CountersAsync()).Count);
    }

    [Fact]
    public async Task Writers_saving_at_once_add_up()
    {
        await Task.WhenAll(Enumerable.Range(0, 6).Select(w => Task.Run(() =>
            Factory.AddAsync([.. Enumerable.Range(0, 10).Select(i => EventSeed.Event(AccountId, T0.AddMinutes(w * 10 + i)))]))));

        Assert.Equal(60, Assert.Single(await CountersAsync()).Count);
        Assert.Equal(["SUCCESS=60"], (await Client.TimelineAsync(AccountId, T0, T0.AddHours(1)))[0].Actions());
    }

    [Fact]
    public async Task The_retention_takes_the_deleted_events_off_their_counters_even_in_the_hour_it_cuts()
    {
        Factory.Time.Advance(TimeSpan.FromMinutes(30));
        var cutoff = Factory.Time.GetUtcNow().UtcDateTime.AddDays(-30);
        var cutHour = new DateTime(cutoff.Year, cutoff.Month, cutoff.Day, cutoff.Hour, 0, 0, DateTimeKind.Utc);
        await Factory.AddAsync(
            EventSeed.Event(AccountId, cutoff.AddHours(-2)),
            EventSeed.Event(AccountId, cutoff.AddMinutes(-10), action: ProvisioningAction.Disabled, operation: "USER_DEACTIVATED"),
            EventSeed.Event(AccountId, cutoff.AddMinutes(10)),
            EventSeed.Event(AccountId, cutoff.AddDays(1)));

        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            Assert.Equal(2, await ActivatorUtilities.CreateInstance<ProvisioningEventsRetention>(scope.ServiceProvider).PurgeAsync(CancellationToken.None));
        }

        Assert.Equal([[], [], ["SUCCESS=1"], []], (await Client.TimelineAsync(AccountId, cutHour.AddHours(-2), cutHour.AddHours(2))).Select(b => b.Actions()));
        Assert.Equal(2, (await Client.SummaryAsync(AccountId, null, null)).GetProperty("total").GetInt32());
        await using var check = Factory.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<EventsDbContext>();
        var rows = (await db.ProvisioningEvents.AsNoTracking().ToListAsync())
            .GroupBy(e => (HourlyDelta.HourOf(e.Time), e.Action, e.Operation)).Select(g => (g.Key, g.Count())).OrderBy(k => k.Key.Item1);
        Assert.Equal(rows, (await CountersAsync()).Select(c => ((c.HourStart, c.Action, c.Operation), c.Count)).OrderBy(k => k.Item1.HourStart));
    }

    private async Task<List<EventHourlyCount>> CountersAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EventsDbContext>().HourlyCounts.AsNoTracking().Where(c => c.AccountId == AccountId).ToListAsync();
    }
}
