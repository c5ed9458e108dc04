using System.Text.Json;
using CatoScim.Host.Tests.Infrastructure;

namespace CatoScim.Host.Tests.Events;

/// <summary>The events(accountId:) GraphQL calls the tests make.</summary>
public static class EventsApi
{
    public const string FeedQuery = """
        query($accountId: ID!, $input: EventFeedInput) { events(accountId: $accountId) { feed(input: $input) {
          items { id time action operation resourceType resourceId displayName directoryId message reason httpStatus scimType source externalId }
          marker hasMore fetchedCount } } }
        """;

    public static async Task<JsonElement> FeedAsync(this GraphQLTestClient gql, Guid accountId, object? input = null) =>
        (await gql.DataAsync(FeedQuery, new { accountId, input })).GetProperty("events").GetProperty("feed");

    public static List<JsonElement> Items(this JsonElement feed) => [.. feed.GetProperty("items").EnumerateArray()];

    public static Task<JsonElement> WaitForFeedAsync(this GraphQLTestClient gql, Guid accountId, int count, object? input = null) =>
        Eventually.AssertAsync(() => gql.FeedAsync(accountId, input), f => f.GetProperty("items").GetArrayLength() >= count, $"{count} events");
}
