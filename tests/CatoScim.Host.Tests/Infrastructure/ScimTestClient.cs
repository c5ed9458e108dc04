using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace CatoScim.Host.Tests.Infrastructure;

/// <summary>Speaks SCIM to one directory's Base URL the way an IdP does.</summary>
public sealed class ScimTestClient(HttpClient http, string basePath, string token, Guid accountId, Guid directoryId)
{
    public Guid AccountId { get; } = accountId;
    public Guid DirectoryId { get; } = directoryId;
    public string BasePath { get; } = basePath;
    public string Token { get; } = token;

    public Task<ScimResponse> GetAsync(string path) => SendAsync(HttpMethod.Get, path, null);

    public Task<ScimResponse> PostAsync(string path, string json) => SendAsync(HttpMethod.Post, path, json);

    public Task<ScimResponse> PutAsync(string path, string json) => SendAsync(HttpMethod.Put, path, json);

    public Task<ScimResponse> PatchAsync(string path, string json, Action<HttpRequestMessage>? configure = null) =>
        SendAsync(HttpMethod.Patch, path, json, configure);

    public Task<ScimResponse> DeleteAsync(string path) => SendAsync(HttpMethod.Delete, path, null);

    /// <summary>A body sent byte for byte, for bodies a string cannot carry (bytes that are not UTF-8, a byte order mark).</summary>
    public Task<ScimResponse> SendBytesAsync(HttpMethod method, string path, byte[] body, string contentType) =>
        SendAsync(method, path, null, request =>
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        });

    public async Task<ScimResponse> SendAsync(HttpMethod method, string path, string? json, Action<HttpRequestMessage>? configure = null, string? bearer = null)
    {
        using var request = new HttpRequestMessage(method, BasePath + path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer ?? Token);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/scim+json");
        }

        configure?.Invoke(request);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var body = text.Length == 0 ? (JsonElement?)null : JsonDocument.Parse(text).RootElement.Clone();
        return new ScimResponse(response.StatusCode, body, response.Content.Headers.ContentType?.MediaType, response.Headers);
    }
}

public sealed record ScimResponse(HttpStatusCode Status, JsonElement? Body, string? MediaType, HttpResponseHeaders Headers)
{
    public JsonElement Json => Body ?? throw new InvalidOperationException($"No body (status {Status}).");

    public string? Str(string name) => Json.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public override string ToString() => $"{(int)Status} {Body}";
}
