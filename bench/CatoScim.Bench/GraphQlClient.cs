using System.Text;
using System.Text.Json;

namespace CatoScim.Bench;

/// <summary>Just enough GraphQL over HTTP for the setup mutations.</summary>
internal sealed class GraphQlClient(HttpClient http, Uri adminUrl, string apiKey)
{
    private readonly string _endpoint = adminUrl.ToString().TrimEnd('/') + "/graphql";

    /// <summary>Returns the "data" element or throws <see cref="GraphQlException"/> listing every error.</summary>
    public async Task<JsonElement> ExecuteAsync(string query, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _endpoint);
        request.Headers.Add("x-api-key", apiKey);
        request.Content = new StringContent(RequestBody(query), Encoding.UTF8, "application/json");

        using var response = await http.SendAsync(request, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        using var doc = TryParse(body)
            ?? throw new GraphQlException($"HTTP {(int)response.StatusCode} from {_endpoint}, not JSON: {Snip(body)}");
        var root = doc.RootElement;

        // Errors may arrive with 200 or 4xx; either way they are the useful part to show.
        if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
        {
            throw new GraphQlException($"HTTP {(int)response.StatusCode}: {DescribeErrors(errors)}");
        }

        if (!response.IsSuccessStatusCode || !root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            throw new GraphQlException($"HTTP {(int)response.StatusCode} without data: {Snip(body)}");
        }

        return data.Clone();
    }

    private static string RequestBody(string query)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("query", query);
            writer.WriteStartObject("variables");
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string DescribeErrors(JsonElement errors)
    {
        var lines = new List<string>();
        foreach (var error in errors.EnumerateArray())
        {
            var message = error.TryGetProperty("message", out var m) ? m.ToString() : error.GetRawText();
            var code = error.TryGetProperty("extensions", out var ext) && ext.ValueKind == JsonValueKind.Object
                && ext.TryGetProperty("code", out var c) ? c.ToString() : "no code";
            lines.Add($"{message} [{code}]");
        }

        return string.Join("; ", lines);
    }

    private static JsonDocument? TryParse(string body)
    {
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Snip(string body) => body.Length <= 300 ? body : body[..300] + "...";
}
