using System.Text.Json;
using CatoScim.Host.Tests.Infrastructure;

namespace CatoScim.Host.Tests.Events;

/// <summary>The counted events(accountId:) calls: `timeline` and `summary`.</summary>
public static class TimelineApi
{
    public const string TimelineQuery = """
        query($accountId: ID!, $input: EventTimelineInput!) { events(accountId: $accountId) { timeline(input: $input) {
          buckets { start byAction { action count } } } } }
        """;

    public const string SummaryQuery = """
        query($accountId: ID!, $timeFrame: TimeFrameInput) { events(accountId: $accountId) { summary(timeFrame: $timeFrame) {
          total byAction { action count } byOperation { operation count } } } }
        """;

    public static async Task<List<JsonElement>> TimelineAsync(this GraphQLTestClient gql, Guid accountId, DateTime from, DateTime to, Guid? directoryId = null) =>
        [.. (await gql.DataAsync(TimelineQuery, new { accountId, input = new { from, to, directoryId } }))
            .GetProperty("events").GetProperty("timeline").GetProperty("buckets").EnumerateArray()];

    public static async Task<JsonElement> SummaryAsync(this GraphQLTestClient gql, Guid accountId, DateTime? from, DateTime? to) =>
        (await gql.DataAsync(SummaryQuery, new { accountId, timeFrame = new { from, to } })).GetProperty("events").GetProperty("summary");

    public static DateTime Start(this JsonElement bucket) => bucket.GetProperty("start").GetDateTime().ToUniversalTime();

    /// <summary>A bucket's or summary's `byAction` as "ACTION=count" lines, in the order the API gives them.</summary>
    public static List<string> Actions(this JsonElement counted) =>
        [.. counted.GetProperty("byAction").EnumerateArray().Select(a => $"{a.GetProperty("action").GetString()}={a.GetProperty("count").GetInt32()}")];

    public static List<string> Operations(this JsonElement summary) =>
        [.. summary.GetProperty("byOperation").EnumerateArray().Select(a => $"{a.GetProperty("operation").GetString()}={a.GetProperty("count").GetInt32()}")];
}
