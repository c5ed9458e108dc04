using CatoScim.Directory.Contracts.Scim;
using CatoScim.Directory.Persistence;
using CatoScim.Directory.Scim.Refusals;
using CatoScim.Directory.Scim.Requests;
using CatoScim.Directory.Scim.Traffic;
using CatoScim.ModuleKit.Http;
using CatoScim.ModuleKit.Outbox;
using CatoScim.ModuleKit.Threading;
using CatoScim.Scim.Protocol;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CatoScim.Directory.Scim.Auth;

/// <summary>
/// In front of every `/scim/v2/{accountId}/{directoryId}` endpoint: bearer auth, per-directory rate limit, and the
/// translation of refusals into SCIM errors. An address over its failure burst is still served with a valid token
/// (IdPs share egress addresses across tenants), but only a check that needs no query is made for it; any refusal
/// of such an address is a 429. A refused write is also published as <see cref="ScimRequestFailed"/>;
/// a request refused before it reached an endpoint is counted in memory by <see cref="ScimRefusals"/>, and every
/// other outcome by <see cref="ScimTrafficCounter"/> (for the directory's health), without a database write.
/// </summary>
internal sealed class ScimGateFilter(ScimAuthenticator authenticator, ScimRateLimiter limiter, ScimConcurrencyLimiter concurrency,
    AuthFailureThrottle failures, ScimRefusals refusals, ScimTrafficCounter traffic, ForegroundActivity foreground, PublicOrigin origin, TimeProvider time,
    ILogger<ScimGateFilter> logger)
    : IEndpointFilter
{
    private const string AuthenticationFailed =
        "Authentication failed: the bearer token is missing, expired, revoked or not valid for this Base URL, or SCIM is disabled for the account.";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var services = http.RequestServices;
        var wait = failures.RetryAfter(http);
        var db = services.GetRequiredService<DirectoryDbContext>();
        var parsed = Guid.TryParse(http.Request.RouteValues["accountId"] as string, out var accountId)
            & Guid.TryParse(http.Request.RouteValues["directoryId"] as string, out var directoryId);
        var now = time.GetUtcNow().UtcDateTime;
        var outcome = parsed
            ? await authenticator.AuthenticateAsync(db, http.Request.Headers.Authorization, accountId, directoryId, now, wait is not null, http.RequestAborted)
            : ScimAuthOutcome.Unattributed(ScimRefusalMetrics.UnknownDirectory);
        if (outcome.Refusal is not null && wait is { } seconds)
        {
            // Not attributed even when the directory is known: one tenant's guessing neighbour must not fill its records.
            refusals.RecordUnattributed(ScimRefusalMetrics.AddressThrottled);
            AuthFailureThrottle.Refuse(http, seconds);
            return ScimResults.Error(StatusCodes.Status429TooManyRequests, $"Too many failed authentications from this address; retry after {seconds} s.");
        }

        if (outcome.Refusal is not null)
        {
            refusals.Record(outcome, directoryId, StatusCodes.Status401Unauthorized, ScimRequestId.Of(http));
            failures.RecordFailure(http);
            http.Response.Headers.WWWAuthenticate = "Bearer realm=\"CatoScim SCIM\"";
            return ScimResults.Error(StatusCodes.Status401Unauthorized, AuthenticationFailed);
        }

        var counted = traffic.For(outcome.Directory!.AccountId, directoryId);
        counted?.Authenticated(outcome.TokenId, now.Ticks);
        if (limiter.TryAcquire(directoryId) is { } retryAfter)
        {
            refusals.Record(outcome with { Refusal = ScimRefusalReasons.RateLimited }, directoryId, StatusCodes.Status429TooManyRequests, ScimRequestId.Of(http));
            http.Response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return ScimResults.Error(StatusCodes.Status429TooManyRequests, $"Too many requests for this directory; retry after {retryAfter} s.");
        }

        if (!concurrency.TryEnter(directoryId, out var permit))
        {
            refusals.Record(outcome with { Refusal = ScimRefusalReasons.RateLimited }, directoryId, StatusCodes.Status429TooManyRequests, ScimRequestId.Of(http));
            http.Response.Headers.RetryAfter = "1";
            return ScimResults.Error(StatusCodes.Status429TooManyRequests, "Too many requests of this directory are in progress at once; retry after 1 s.");
        }

        foreground.RequestStarted();
        if (permit is not null)
        {
            // Held until the response is sent: a streamed group is written after this filter returns.
            http.Response.RegisterForDispose(permit);
        }

        var scim = services.GetRequiredService<ScimRequestContext>();
        scim.Authenticate(accountId, directoryId, $"{origin.Resolve(http.Request)}/scim/v2/{accountId}/{directoryId}");
        try
        {
            var result = await next(context);
            Count(counted, result is IStatusCodeHttpResult { StatusCode: { } code } ? code : http.Response.StatusCode, now);
            return result;
        }
        catch (ScimException ex)
        {
            Count(counted, ex.Status, now);
            await ReportAsync(http, db, scim, ex.Status, ex.ScimType, ex.Message);
            return ScimResults.Error(ex);
        }
        catch (Exception ex) when (!http.RequestAborted.IsCancellationRequested)
        {
            Count(counted, StatusCodes.Status500InternalServerError, now);
            logger.LogError(ex, "SCIM {Method} {Path} failed", http.Request.Method, http.Request.Path);
            const string detail = "The service failed to process this request; it was not applied. Retry later.";
            await ReportAsync(http, db, scim, StatusCodes.Status500InternalServerError, null, detail);
            return ScimResults.Error(StatusCodes.Status500InternalServerError, detail);
        }
    }

    private static void Count(DirectoryTraffic? counted, int status, DateTime at)
    {
        if (ScimHealthRules.IsFailure(status))
        {
            counted?.Failed(at.Ticks, ScimHealthRules.Reason(status));
        }
        else
        {
            counted?.Succeeded(at.Ticks);
        }
    }

    private static string? Excerpt(string? text) => text is null ? null : ScimExcerpt.Of(text);

    private async Task ReportAsync(HttpContext http, DirectoryDbContext db, ScimRequestContext scim, int status, string? scimType, string detail)
    {
        if (http.GetEndpoint()?.Metadata.GetMetadata<ScimOperation>() is not { } operation)
        {
            return;
        }

        try
        {
            var now = time.GetUtcNow().UtcDateTime;
            var requestId = ScimRequestId.Of(http);
            db.ChangeTracker.Clear();
            // Bounded like the error body, and worded exactly as the IdP received it, request id included.
            db.Publish(new ScimRequestFailed(scim.AccountId, scim.DirectoryId, operation.ResourceType, operation.Name, scim.ResourceId,
                Excerpt(scim.ResourceName), Excerpt(scim.ExternalId), ScimRequestId.AppendTo(detail, requestId), status, scimType, now, requestId), now);
            await db.SaveChangesAsync(http.RequestAborted);
        }
        catch (Exception ex) when (!http.RequestAborted.IsCancellationRequested)
        {
            logger.LogError(ex, "Could not record the failed SCIM {Operation}", operation.Name);
        }
    }
}
