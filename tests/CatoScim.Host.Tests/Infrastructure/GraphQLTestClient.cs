using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CatoScim.Host.Tests.Infrastructure;

public sealed class GraphQLTestClient(HttpClient http, string? apiKey)
{
    public async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(string query, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        if (apiKey is not null)
        {
            request.Headers.Add("x-api-key", apiKey);
        }

        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (response.StatusCode, body);
    }

    /// <summary>Asserts success and returns `data`.</summary>
    public async Task<JsonElement> DataAsync(string query, object? variables = null)
    {
        var (status, body) = await PostAsync(query, variables);
        Assert.True(status == HttpStatusCode.OK && !body.TryGetProperty("errors", out _), $"{status}: {body}");
        return body.GetProperty("data");
    }

    /// <summary>Asserts the first error's `extensions.code` and returns the body.</summary>
    public async Task<JsonElement> ErrorAsync(string query, string code, object? variables = null)
    {
        var (_, body) = await PostAsync(query, variables);
        Assert.True(body.TryGetProperty("errors", out var errors), body.ToString());
        Assert.Equal(code, errors[0].GetProperty("extensions").GetProperty("code").GetString());
        return body;
    }
}
