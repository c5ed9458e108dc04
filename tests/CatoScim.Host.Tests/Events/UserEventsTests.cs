using System.Data.Common;
using System.Net;
using System.Text.Json;
using CatoScim.Events.Persistence;
using CatoScim.Host.Tests.Audit;
using CatoScim.Host.Tests.GraphQL;
using CatoScim.Host.Tests.Infrastructure;
using CatoScim.Host.Tests.Licensing;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Host.Tests.Events;

/// <summary>`User.events(limit)` over HTTP: contributed by Events to the Directory's `User`, read per page of users.</summary>
public sealed class UserEventsTests : AccountTestBase
{
    private const string UserEvents = """
        query($a: ID!, $u: ID!, $limit: Int) { directory(accountId: $a) { user(id: $u) { id events(limit: $limit) { operation resourceId time } } } }
        """;

    private const string UserDefaultEvents = "query($a: ID!, $u: ID!) { directory(accountId: $a) { user(id: $u) { events { time } } } }";

    private readonly HistoryReads _reads;

    public UserEventsTests()
        : this(new HistoryReads())
    {
    }

    private UserEventsTests(HistoryReads reads)
        : base(new(settings: new() { ["Scim:RateLimitPerSecond"] = "0" },
            services: s => s.ConfigureDbContext<EventsSqliteDbContext>(o => o.AddInterceptors(reads)))) => _reads = reads;

    [Fact]
    public async Task A_scim_users_events_after_create_and_deactivate_come_newest_first()
    {
        var scim = await Factory.CreateScimClientAsync(AccountId);
        var userId = (await LicensingTestData.CreateScimUsersAsync(scim, 1))[0];
        Factory.Time.Advance(TimeSpan.FromMinutes(1));
        var patched = await scim.PatchAsync($"/Users/{userId}", ScimBodies.Patch("""{"op":"replace","value":{"active":false}}"""));
        Assert.Equal(HttpStatusCode.OK, patched.Status);
        await Factory.WaitForOutboxesAsync();

        var events = await EventsAsync(Client, userId);
        Assert.Equal(["USER_DEACTIVATED", "USER_CREATED"], events.Select(e => e.GetProperty("operation").GetString()));
        Assert.All(events, e => Assert.Equal(userId, e.GetProperty("resourceId").GetString()));

        // A VIEWER key reads them too.
        var viewer = await Factory.ViewerAsync(Client, AccountId);
        Assert.Equal(2, (await EventsAsync(viewer, userId)).Count);
    }

    [Fact]
    public async Task The_limit_takes_the_newest_defaults_to_20_and_is_refused_outside_1_to_100()
    {
        var userId = await Factory.AddUserAsync(AccountId, "ann@acme.com");
        var start = Factory.Time.GetUtcNow().UtcDateTime;
        await Factory.AddAsync([.. Enumerable.Range(0, 25).Select(i => EventSeed.Event(AccountId, start.AddMinutes(i), resourceId: userId))]);

        var two = await EventsAsync(Client, userId.ToString(), limit: 2);
        Assert.Equal([start.AddMinutes(24), start.AddMinutes(23)], two.Select(e => e.GetProperty("time").GetDateTime().ToUniversalTime()));
        var all = (await Client.DataAsync(UserDefaultEvents, new { a = AccountId, u = userId })).GetProperty("directory").GetProperty("user").GetProperty("events");
        Assert.Equal(20, all.GetArrayLength());
        Assert.Equal(25, (await EventsAsync(Client, userId.ToString(), limit: 100)).Count);
        await Client.ErrorAsync(UserEvents, "VALIDATION", new { a = AccountId, u = userId, limit = 0 });
        await Client.ErrorAsync(UserEvents, "VALIDATION", new { a = AccountId, u = userId, limit = 101 });
    }

    [Fact]
    public async Task Another_accounts_user_is_not_reachable_and_another_accounts_events_never_show()
    {
        var userId = await Factory.AddUserAsync(AccountId, "ann@acme.com");
        var (other, otherKey) = await Factory.CreateAccountAsync("other");
        var theirs = await Factory.AddUserAsync(other, "bob@other.com");
        var now = Factory.Time.GetUtcNow().UtcDateTime;
        await Factory.AddAsync(EventSeed.Event(AccountId, now, resourceId: userId), EventSeed.Event(other, now.AddMinutes(1), operation: "USER_DELETED", resourceId: userId),
            EventSeed.Event(other, now, resourceId: theirs));

        Assert.Equal(["USER_CREATED"], (await EventsAsync(Client, userId.ToString())).Select(e => e.GetProperty("operation").GetString()));
        await Client.ErrorAsync(UserEvents, "NOT_FOUND", new { a = AccountId, u = theirs });
        await Client.ErrorAsync(UserEvents, "FORBIDDEN", new { a = other, u = theirs });
        Assert.Single(await EventsAsync(Factory.GraphQL(otherKey), theirs.ToString(), account: other));
    }

    [Fact]
    public async Task A_page_of_100_users_reads_their_events_in_one_query_next_to_their_licences()
    {
        var users = new List<Guid>();
        for (var i = 0; i < 100; i++)
        {
            users.Add(await Factory.AddUserAsync(AccountId, $"u{i:D3}@acme.com"));
        }

        var start = Factory.Time.GetUtcNow().UtcDateTime;
        await Factory.AddAsync([.. users.SelectMany((u, i) => Enumerable.Range(0, i % 5).Select(n => EventSeed.Event(AccountId, start.AddMinutes(n), resourceId: u)))]);

        _reads.Reset();
        var page = await Client.DataAsync("""
            query($a: ID!) { directory(accountId: $a) { users(input: {paging: {limit: 100}}) { items { id license { status } events(limit: 3) { time resourceId } } } } }
            """, new { a = AccountId });

        Assert.Equal(1, _reads.Count);
        var items = page.GetProperty("directory").GetProperty("users").GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(100, items.Count);
        foreach (var item in items)
        {
            var index = users.IndexOf(Guid.Parse(item.GetProperty("id").GetString()!));
            var events = item.GetProperty("events").EnumerateArray().ToList();
            var expected = Enumerable.Range(0, index % 5).Reverse().Take(3).Select(n => start.AddMinutes(n));
            Assert.Equal(expected, events.Select(e => e.GetProperty("time").GetDateTime().ToUniversalTime()));
            Assert.All(events, e => Assert.Equal(users[index].ToString(), e.GetProperty("resourceId").GetString()));
        }
    }

    [Fact]
    public async Task The_query_cost_counts_limit_events_for_every_user_of_the_page()
    {
        const string page = "query($a: ID!, $l: Int) { directory(accountId: $a) { users(input: {paging: {limit: 100}}) { items { id events(limit: $l) { id time } } } } }";
        await Client.DataAsync(page, new { a = AccountId, l = 10 });

        var (status, body) = await Client.PostAsync(page, new { a = AccountId, l = 100 });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("complexity", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    private async Task<List<JsonElement>> EventsAsync(GraphQLTestClient gql, string userId, int? limit = null, Guid? account = null)
    {
        var data = await gql.DataAsync(UserEvents, new { a = account ?? AccountId, u = userId, limit = limit ?? 20 });
        return [.. data.GetProperty("directory").GetProperty("user").GetProperty("events").EnumerateArray()];
    }

    /// <summary>Counts the queries that read the provisioning history, whoever sends them.</summary>
    private sealed class HistoryReads : DbCommandInterceptor
    {
        private int _count;

        public int Count => _count;

        public void Reset() => Interlocked.Exchange(ref _count, 0);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Contains("Events_ProvisioningEvents", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _count);
            }

            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
