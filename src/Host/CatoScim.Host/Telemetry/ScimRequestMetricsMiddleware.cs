using System.Diagnostics;

namespace CatoScim.Host.Telemetry;

/// <summary>
/// Times every request under the SCIM prefix, whatever answers it (the gate's refusals, a handler, the SCIM 404/405
/// pages). Registered only when metrics are exported; other paths pass through with one prefix check.
/// </summary>
internal sealed class ScimRequestMetricsMiddleware(RequestDelegate next, ScimRequestMetrics metrics)
{
    /// <summary>The SCIM Base URL prefix every IdP is given (see the README), so not a Directory internal.</summary>
    public const string ScimPrefix = "/scim/v2";

    public async Task InvokeAsync(HttpContext http)
    {
        if (!http.Request.Path.StartsWithSegments(ScimPrefix))
        {
            await next(http);
            return;
        }

        // Wall-clock latency of this request, not the application's clock (TimeProvider is faked in tests).
        var start = Stopwatch.GetTimestamp();
        try
        {
            await next(http);
        }
        catch
        {
            metrics.Record(http, StatusCodes.Status500InternalServerError, start);
            throw;
        }

        metrics.Record(http, http.Response.StatusCode, start);
    }
}
