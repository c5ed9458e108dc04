using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CatoScim.Host.Tests.Infrastructure;

namespace CatoScim.Host.Tests.Events;

/// <summary>The console's Events screen document, `EventsOverview`, runs by its id: the summary and the chart in one request.</summary>
public sealed class EventsOverviewDocumentTests
{
    private static readonly DateTime T0 = new(2026, 1, 5, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task The_last_day_summary_and_its_24_hourly_buckets_come_back_together()
    {
        await using var factory = new CatoScimFactory(settings: new() { ["GraphQL:PersistedDocuments:Only"] = "true" });
        var (accountId, key) = await factory.CreateAccountAsync();
        await factory.AddAsync(EventSeed.Event(accountId, T0.AddHours(-3).AddMinutes(20)), EventSeed.Event(accountId, T0.AddMinutes(-1)),
            EventSeed.Event(accountId, T0.AddHours(-30)));
        var path = Path.Combine(RepoPaths.Root, "src", "Host", "CatoScim.Host", "GraphQL", "Documents", "EventsOverview.graphql");
        var documentId = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(File.ReadAllText(path).ReplaceLineEndings("\n"))));
        var (from, to) = (T0.AddHours(-23), T0.AddHours(1));

        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { documentId, variables = new { accountId, timeFrame = new { from, to }, timeline = new { from, to } } }),
        };
        request.Headers.Add("x-api-key", key);
        using var response = await factory.CreateClient().SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.True(response.StatusCode == HttpStatusCode.OK && !body.TryGetProperty("errors", out _), body.ToString());
        var events = body.GetProperty("data").GetProperty("events");
        Assert.Equal(2, events.GetProperty("summary").GetProperty("total").GetInt32());
        var buckets = events.GetProperty("timeline").GetProperty("buckets").EnumerateArray().ToList();
        Assert.Equal(24, buckets.Count);
        Assert.Equal([T0.AddHours(-3), T0.AddHours(-1)], buckets.Where(b => b.GetProperty("byAction").GetArrayLength() > 0).Select(b => b.Start()));
    }
}
