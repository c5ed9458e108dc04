using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;

namespace CatoScim.Bench;

internal sealed class ScimClient(HttpClient http, ScimTarget target)
{
    private const string ScimMediaType = "application/scim+json";
    private const int MaxConsecutiveTransportFailures = 10;
    private int _consecutiveTransportFailures;
    private long _requestsSent;
    private readonly string _base = target.BaseUri.ToString().TrimEnd('/');

    /// <summary>Every request sent so far, answered or not; the denominator of a phase's CPU per request.</summary>
    public long RequestsSent => Interlocked.Read(ref _requestsSent);

    public Task<ScimResponse> GetAsync(string path, CancellationToken ct) => SendAsync(HttpMethod.Get, path, null, ct);

    public Task<ScimResponse> PostAsync(string path, string json, CancellationToken ct) => SendAsync(HttpMethod.Post, path, json, ct);

    public Task<ScimResponse> PutAsync(string path, string json, CancellationToken ct) => SendAsync(HttpMethod.Put, path, json, ct);

    public Task<ScimResponse> PatchAsync(string path, string json, CancellationToken ct) => SendAsync(HttpMethod.Patch, path, json, ct);

    /// <summary>
    /// Times from send to fully read body, so server work that streams the response is included;
    /// building the request and parsing the body stay outside the measurement.
    /// </summary>
    private async Task<ScimResponse> SendAsync(HttpMethod method, string path, string? json, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, _base + path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", target.Token);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(ScimMediaType));
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, ScimMediaType);
        }

        Interlocked.Increment(ref _requestsSent);
        var start = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            Volatile.Write(ref _consecutiveTransportFailures, 0);
            return new ScimResponse((int)response.StatusCode, body, start, Stopwatch.GetTimestamp());
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            // A dead or timed-out request is a counted error; only a streak of them means the server is gone.
            var reason = $"{ex.GetType().Name}: {ex.Message}";
            if (Interlocked.Increment(ref _consecutiveTransportFailures) >= MaxConsecutiveTransportFailures)
            {
                throw new ServerUnreachableException($"{MaxConsecutiveTransportFailures} requests in a row got no HTTP response, last: {reason}", ex);
            }

            return new ScimResponse(0, reason, start, Stopwatch.GetTimestamp());
        }
    }
}
