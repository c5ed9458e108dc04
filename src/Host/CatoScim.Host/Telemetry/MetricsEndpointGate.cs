using System.Net;
using System.Security.Cryptography;
using System.Text;
using CatoScim.Host.Transport;
using CatoScim.ModuleKit.Http;

namespace CatoScim.Host.Telemetry;

/// <summary>
/// In front of `/metrics`. With `Telemetry:Prometheus:Token` set, a scrape must carry it as a bearer token (compared in
/// constant time; wrong tokens count as failed sign-ins of the client address). Without a token, only a loopback
/// client that no proxy forwarded is served: a sidecar or node agent on the same machine.
/// </summary>
internal sealed class MetricsEndpointGate
{
    private readonly RequestDelegate _next;
    private readonly AuthFailureThrottle _failures;
    private readonly byte[]? _tokenHash;

    public MetricsEndpointGate(RequestDelegate next, TelemetrySettings settings, AuthFailureThrottle failures)
    {
        _next = next;
        _failures = failures;
        _tokenHash = settings.PrometheusToken is { } token ? Hash(token) : null;
    }

    public async Task InvokeAsync(HttpContext http)
    {
        if (_tokenHash is null)
        {
            if (http.Connection.RemoteIpAddress is { } remote && IPAddress.IsLoopback(remote) && !TransportSetup.IsForwarded(http.Request))
            {
                await _next(http);
                return;
            }

            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            await http.Response.WriteAsync("Metrics are served to loopback clients only while Telemetry:Prometheus:Token is not set.");
            return;
        }

        // One SHA-256 and no query: nothing the throttle needs to save, so a valid token passes even from a throttled address.
        string? authorization = http.Request.Headers.Authorization;
        if (authorization is { Length: > 7 } && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            && CryptographicOperations.FixedTimeEquals(Hash(authorization[7..].Trim()), _tokenHash))
        {
            await _next(http);
            return;
        }

        if (_failures.RetryAfter(http) is { } wait)
        {
            AuthFailureThrottle.Refuse(http, wait);
            await http.Response.WriteAsync($"Too many failed authentications from this address; retry after {wait} s.");
            return;
        }

        if (!string.IsNullOrEmpty(authorization))
        {
            _failures.RecordFailure(http);
        }

        http.Response.StatusCode = StatusCodes.Status401Unauthorized;
        http.Response.Headers.WWWAuthenticate = "Bearer realm=\"metrics\"";
        await http.Response.WriteAsync("A bearer token (Telemetry:Prometheus:Token) is required.");
    }

    // Hashing first gives both sides one length, so the comparison time says nothing about the token's length.
    private static byte[] Hash(string value) => SHA256.HashData(Encoding.UTF8.GetBytes(value));
}
