using System.Net;
using CatoScim.Host.Transport;
using CatoScim.ModuleKit.Http;

namespace CatoScim.Host.Hangfire;

/// <summary>
/// In front of `/hangfire`: security headers, failed sign-in throttling (429 before any PBKDF2, unless the header
/// signed in lately), and the sign-in itself; Hangfire's own filter (<see cref="DashboardAuthorizationFilter"/>)
/// only reads the verdict left here.
/// </summary>
internal sealed class DashboardGate(RequestDelegate next, IHostEnvironment environment, DashboardSignIn signIn, AuthFailureThrottle failures,
    VerifiedCredentials verified)
{
    public const string AuthorizedItem = "CatoScim.DashboardAuthorized";
    private const string Scope = "hangfire";

    public async Task InvokeAsync(HttpContext http)
    {
        var headers = http.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers.ContentSecurityPolicy = "frame-ancestors 'none'";
        headers["Referrer-Policy"] = "no-referrer";

        if (IsLocalDevelopment(http))
        {
            http.Items[AuthorizedItem] = true;
            await next(http);
            return;
        }

        string? authorization = http.Request.Headers.Authorization;
        var wait = failures.RetryAfter(http);
        // PBKDF2 is what the throttle saves: a throttled address gets it only for a header that signed in lately.
        var valid = (wait is null || verified.Contains(Scope, authorization)) && signIn.IsValid(authorization);
        if (valid)
        {
            verified.Remember(Scope, authorization);
            http.Items[AuthorizedItem] = true;
        }
        else if (wait is { } seconds)
        {
            verified.Forget(Scope, authorization);
            AuthFailureThrottle.Refuse(http, seconds);
            await http.Response.WriteAsync($"Too many failed sign-ins from this address; retry after {seconds} s.");
            return;
        }
        else if (!string.IsNullOrEmpty(authorization))
        {
            // A browser's first request carries no credentials and is answered with the challenge: not a failure.
            verified.Forget(Scope, authorization);
            failures.RecordFailure(http);
        }

        await next(http);
    }

    /// <summary>A request a proxy forwarded is never local, whatever address the proxy reports.</summary>
    private bool IsLocalDevelopment(HttpContext http) =>
        environment.IsDevelopment() && http.Connection.RemoteIpAddress is { } remote && IPAddress.IsLoopback(remote)
        && !TransportSetup.IsForwarded(http.Request);
}
