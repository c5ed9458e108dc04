using CatoScim.Directory.Contracts.Users;
using CatoScim.Events.Persistence;
using CatoScim.Events.Provisioning;
using CatoScim.Host.Tests.Infrastructure;
using CatoScim.ModuleKit.Inbox;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Host.Tests.Events;

public sealed class FeedPagingTests : IAsyncLifetime
{
    private static readonly DateTime T0 = new(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc);
    private readonly CatoScimFactory _factory = new();
    private Guid _account;
    private GraphQLTestClient _gql = null!;

    public async Task InitializeAsync()
    {
        (_account, var key) = await _factory.CreateAccountAsync();
        _gql = _factory.GraphQL(key);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Markers_page_stably_while_new_events_arrive_in_both_orders()
    {
        await _factory.AddAsync([.. Enumerable.Range(0, 5).Select(i => EventSeed.Event(_account, T0.AddMinutes(i), userName: $"u{i}@acme.com"))]);

        var first = await _gql.FeedAsync(_account, new { limit = 2 });
        Assert.Equal(["u4@acme.com", "u3@acme.com"], Names(first));
        Assert.True(first.GetProperty("hasMore").GetBoolean());
        Assert.Equal(2, first.GetProperty("fetchedCount").GetInt32());
        Assert.Equal(Names(first), Names(await _gql.FeedAsync(_account, new { limit = 2, sort = new { direction = "DESC" } })));

        await _factory.AddAsync(EventSeed.Event(_account, T0.AddMinutes(30), userName: "late@acme.com"));
        var second = await _gql.FeedAsync(_account, new { limit = 2, marker = first.GetProperty("marker").GetString() });
        Assert.Equal(["u2@acme.com", "u1@acme.com"], Names(second));
        var third = await _gql.FeedAsync(_account, new { limit = 2, marker = second.GetProperty("marker").GetString() });
        Assert.Equal(["u0@acme.com"], Names(third));
        Assert.False(third.GetProperty("hasMore").GetBoolean());

        var oldest = await _gql.FeedAsync(_account, new { limit = 4, sort = new { direction = "ASC" } });
        Assert.Equal(["u0@acme.com", "u1@acme.com", "u2@acme.com", "u3@acme.com"], Names(oldest));
        // Oldest first, an event arriving between pages is picked up after the ones already due, none repeated.
        await _factory.AddAsync(EventSeed.Event(_account, T0.AddMinutes(40), userName: "later@acme.com"));
        var rest = await _gql.FeedAsync(_account, new { limit = 4, sort = new { direction = "ASC" }, marker = oldest.GetProperty("marker").GetString() });
        Assert.Equal(["u4@acme.com", "late@acme.com", "later@acme.com"], Names(rest));
        Assert.False(rest.GetProperty("hasMore").GetBoolean());
    }

    [Fact]
    public async Task Filters_and_summary()
    {
        var directory = Guid.NewGuid();
        var user = Guid.NewGuid();
        await _factory.AddAsync(
            EventSeed.Event(_account, T0, directoryId: directory, resourceId: user, userName: "ann@acme.com"),
            EventSeed.Event(_account, T0.AddMinutes(1), "USER_DEACTIVATED", ProvisioningAction.Disabled, "ann@acme.com", directory, user),
            EventSeed.Event(_account, T0.AddMinutes(2), "USER_CREATE", ProvisioningAction.Failure, "bad_name%@acme.com", directory, reason: "bad", status: 400),
            EventSeed.Event(_account, T0.AddMinutes(3), "USER_UPDATED", userName: "cy@acme.com", externalId: "00uCY"),
            EventSeed.Event(Guid.NewGuid(), T0, userName: "other-account@acme.com"));

        Assert.Equal(["bad_name%@acme.com"], Names(await _gql.FeedAsync(_account, new { filter = new { actions = new[] { "FAILURE" } } })));
        Assert.Equal(["cy@acme.com"], Names(await _gql.FeedAsync(_account, new { filter = new { operations = new[] { "USER_UPDATED" } } })));
        Assert.Equal(3, (await _gql.FeedAsync(_account, new { filter = new { directoryId = directory } })).Items().Count);
        Assert.Equal(2, (await _gql.FeedAsync(_account, new { filter = new { resourceId = user } })).Items().Count);
        Assert.Equal(["bad_name%@acme.com"], Names(await _gql.FeedAsync(_account, new { filter = new { search = "_name%" } })));
        Assert.Equal(["cy@acme.com"], Names(await _gql.FeedAsync(_account, new { filter = new { search = "00ucy" } })));
        Assert.Equal(["bad_name%@acme.com", "ann@acme.com"], Names(await _gql.FeedAsync(_account, new { filter = new { from = T0.AddMinutes(1), to = T0.AddMinutes(3) } })));

        var summary = (await _gql.DataAsync("""
            query($a: ID!, $tf: TimeFrameInput) { events(accountId: $a) { summary(timeFrame: $tf) { total byAction { action count } byOperation { operation count } } } }
            """, new { a = _account, tf = new { from = T0, to = T0.AddMinutes(3) } })).GetProperty("events").GetProperty("summary");
        Assert.Equal(3, summary.GetProperty("total").GetInt32());
        var byAction = summary.GetProperty("byAction").EnumerateArray().ToDictionary(a => a.GetProperty("action").GetString()!, a => a.GetProperty("count").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["SUCCESS"] = 1, ["FAILURE"] = 1, ["DISABLED"] = 1 }, byAction);
        Assert.Equal(3, summary.GetProperty("byOperation").GetArrayLength());
    }

    [Theory]
    [InlineData(0, null)]
    [InlineData(1001, null)]
    [InlineData(10, "not-a-marker")]
    [InlineData(10, "AAAA")]
    [InlineData(10, "!!not base64!!")]
    public async Task Bad_limit_or_marker_is_a_validation_error(int limit, string? marker) =>
        await _gql.ErrorAsync(EventsApi.FeedQuery, "VALIDATION", new { accountId = _account, input = new { limit, marker } });

    [Fact]
    public async Task A_redelivered_notification_makes_no_second_event()
    {
        var messageId = Guid.CreateVersion7();
        var notification = new UserDeactivated(new UserRef(_account, Guid.NewGuid(), "ann@acme.com", "00u1", Guid.NewGuid(), "SCIM", false), "SCIM", T0);
        for (var i = 0; i < 2; i++)
        {
            await using var scope = _factory.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<MessageContext>().Set(messageId, T0);
            await scope.ServiceProvider.GetRequiredService<IPublisher>().Publish(notification);
        }

        await using var check = _factory.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<EventsDbContext>();
        Assert.Equal(1, await db.ProvisioningEvents.CountAsync(e => e.MessageId == messageId));
        Assert.Equal(ProvisioningAction.Disabled, (await db.ProvisioningEvents.SingleAsync(e => e.MessageId == messageId)).Action);
    }

    private static List<string> Names(System.Text.Json.JsonElement feed) =>
        [.. feed.Items().Select(i => i.GetProperty("displayName").GetString()!)];
}
