using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CatoScim.Bench;

/// <summary>POSTs to /graphql as the console does: a persisted document by id (or, for a slot without one, the text) with variables.</summary>
internal sealed class ConsoleClient(HttpClient http, Uri adminUrl, string apiKey)
{
    private readonly string _endpoint = adminUrl.ToString().TrimEnd('/') + "/graphql";
    private long _requestsSent;

    public long RequestsSent => Interlocked.Read(ref _requestsSent);

    /// <summary>Timed from send to the fully read body, like the SCIM requests.</summary>
    public async Task<ScimResponse> SendAsync(ConsoleCase c, CancellationToken ct)
    {
        var body = new JsonObject { ["variables"] = c.Variables.DeepClone() };
        if (c.QueryText is { } text)
        {
            body["query"] = text;
        }
        else
        {
            body["documentId"] = ConsoleDocuments.IdOf(c.Document);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, _endpoint);
        request.Headers.Add("x-api-key", apiKey);
        request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        Interlocked.Increment(ref _requestsSent);
        var start = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
            var read = await response.Content.ReadAsStringAsync(ct);
            return new ScimResponse((int)response.StatusCode, read, start, Stopwatch.GetTimestamp());
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            return new ScimResponse(0, $"{ex.GetType().Name}: {ex.Message}", start, Stopwatch.GetTimestamp());
        }
    }

    /// <summary>Null for a 200 with data and no errors; otherwise what went wrong, with the GraphQL error codes.</summary>
    public static string? Failure(ScimResponse response)
    {
        if (response.Status != 200)
        {
            return $"HTTP {response.Status}";
        }

        try
        {
            using var doc = JsonDocument.Parse(response.Body);
            if (doc.RootElement.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0)
            {
                return "GraphQL errors: " + string.Join("; ", errors.EnumerateArray().Select(e => e.TryGetProperty("message", out var m) ? m.GetString() : e.GetRawText()));
            }

            return doc.RootElement.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object ? null : "no data";
        }
        catch (JsonException)
        {
            return "not JSON";
        }
    }
}
