using System.Net;
using CatoScim.Events.Provisioning;
using CatoScim.Host.Tests.Infrastructure;
using CatoScim.Host.Tests.Licensing;
using CatoScim.ModuleKit.GraphQL;
using static CatoScim.Host.Tests.Infrastructure.ScimBodies;

namespace CatoScim.Host.Tests.Events;

/// <summary>`events { timeline(input) }` over HTTP: events per hour by action for the console's chart.</summary>
public sealed class EventTimelineTests : AccountTestBase
{
    private static readonly DateTime T0 = new(2026, 1, 5, 10, 0, 0, DateTimeKind.Utc);

    public EventTimelineTests()
        : base(new(settings: new() { ["Scim:RateLimitPerSecond"] = "0" }))
    {
    }

    [Fact]
    public async Task Scim_creates_deactivations_and_a_failed_request_are_counted_in_their_hours_and_empty_hours_are_listed()
    {
        var scim = await Factory.CreateScimClientAsync(AccountId);
        var ann = await scim.PostAsync("/Users", OktaUser("ann@acme.com", externalId: "00uANN"));
        Assert.Equal(HttpStatusCode.Created, ann.Status);
        Assert.Equal(HttpStatusCode.Created, (await scim.PostAsync("/Users", OktaUser("bo@acme.com", externalId: "00uBO"))).Status);
        Factory.Time.Advance(TimeSpan.FromMinutes(70));
        Assert.Equal(HttpStatusCode.OK, (await scim.PatchAsync($"/Users/{ann.Str("id")}", Patch("""{"op":"replace","value":{"active":false}}"""))).Status);
        Factory.Time.Advance(TimeSpan.FromHours(2));
        Assert.Equal(HttpStatusCode.BadRequest, (await scim.PostAsync("/Users", OktaUser("", externalId: "00uBAD"))).Status);
        await Client.WaitForFeedAsync(AccountId, 4);

        var buckets = await Client.TimelineAsync(AccountId, T0.AddHours(-1), T0.AddHours(5));

        Assert.Equal(Enumerable.Range(-1, 6).Select(h => T0.AddHours(h)), buckets.Select(b => b.Start()));
        Assert.Equal([[], ["SUCCESS=2"], ["DISABLED=1"], [], ["FAILURE=1"], []], buckets.Select(b => b.Actions()));
    }

    [Fact]
    public async Task A_directory_filter_counts_only_that_directorys_events()
    {
        var (okta, entra) = (Guid.NewGuid(), Guid.NewGuid());
        await Factory.AddAsync(
            EventSeed.Event(AccountId, T0.AddMinutes(5), directoryId: okta),
            EventSeed.Event(AccountId, T0.AddMinutes(6), directoryId: okta, action: ProvisioningAction.Failure, operation: "USER_CREATE"),
            EventSeed.Event(AccountId, T0.AddMinutes(7), directoryId: entra),
            EventSeed.Event(AccountId, T0.AddMinutes(8), source: "ADMIN"));

        Assert.Equal(["SUCCESS=1", "FAILURE=1"], (await Client.TimelineAsync(AccountId, T0, T0.AddHours(1), okta))[0].Actions());
        Assert.Equal(["SUCCESS=1"], (await Client.TimelineAsync(AccountId, T0, T0.AddHours(1), entra))[0].Actions());
        Assert.Equal(["SUCCESS=3", "FAILURE=1"], (await Client.TimelineAsync(AccountId, T0, T0.AddHours(1)))[0].Actions());
    }

    [Theory]
    [InlineData("2026-01-05T10:30:00Z", "2026-01-05T12:00:00Z", "input.from")]
    [InlineData("2026-01-05T10:00:00Z", "2026-01-05T12:00:01Z", "input.to")]
    [InlineData("2026-01-05T12:00:00Z", "2026-01-05T12:00:00Z", "input.to")]
    [InlineData("2026-01-05T12:00:00Z", "2026-01-05T10:00:00Z", "input.to")]
    [InlineData("2026-01-01T00:00:00Z", "2026-02-01T01:00:00Z", "input.to")]
    public async Task A_range_that_is_not_whole_hours_forward_and_at_most_31_days_is_refused_naming_the_field(string from, string to, string field)
    {
        var body = await Client.ErrorAsync(TimelineApi.TimelineQuery, ErrorCodes.Validation, new { accountId = AccountId, input = new { from, to } });

        Assert.Equal(field, body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("field").GetString());
    }

    [Fact]
    public async Task Thirty_one_days_is_744_buckets_and_a_bad_directory_id_is_refused()
    {
        var month = await Client.TimelineAsync(AccountId, T0, T0.AddDays(31));
        Assert.Equal(744, month.Count);
        Assert.Equal(T0.AddDays(31).AddHours(-1), month[^1].Start());

        var body = await Client.ErrorAsync(TimelineApi.TimelineQuery, ErrorCodes.Validation,
            new { accountId = AccountId, input = new { from = T0, to = T0.AddHours(1), directoryId = "not-an-id" } });
        Assert.Equal("input.directoryId", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_viewer_reads_the_timeline_and_another_account_is_refused()
    {
        var (other, otherKey) = await Factory.CreateAccountAsync("other");
        await Factory.AddAsync(EventSeed.Event(AccountId, T0.AddMinutes(1)), EventSeed.Event(other, T0.AddMinutes(2)), EventSeed.Event(other, T0.AddMinutes(3)));
        var viewer = await Factory.ViewerAsync(Client, AccountId);

        Assert.Equal(["SUCCESS=1"], (await viewer.TimelineAsync(AccountId, T0, T0.AddHours(1)))[0].Actions());
        Assert.Equal(["SUCCESS=2"], (await Factory.GraphQL(otherKey).TimelineAsync(other, T0, T0.AddHours(1)))[0].Actions());
        await Client.ErrorAsync(TimelineApi.TimelineQuery, ErrorCodes.Forbidden, new { accountId = other, input = new { from = T0, to = T0.AddHours(1) } });
    }
}
