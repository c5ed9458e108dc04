using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CatoScim.Host.GraphQL;

/// <summary>
/// CORS for `/graphql`, so an admin UI served from another origin can call it. Only the origins in
/// `GraphQL:Cors:Origins` are answered (none by default); a request from any other origin gets no CORS headers and the
/// browser keeps the response from the page. The key travels in `x-api-key`, never in a cookie, so there is no
/// credentials mode.
/// </summary>
internal static class GraphQLCors
{
    public const string Policy = "graphql";

    public static IServiceCollection AddGraphQLCors(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = (configuration.GetSection("GraphQL:Cors:Origins").Get<string[]>() ?? []).Select(Origin).ToArray();
        services.AddCors(o => o.AddPolicy(Policy, p => p
            .WithOrigins(origins)
            // `accept` is listed because a GraphQL-over-HTTP client's value can exceed what CORS lets through unasked.
            .WithHeaders(GraphQLEndpoint.ApiKeyHeader, "content-type", "accept")
            .WithMethods(HttpMethods.Get, HttpMethods.Post)
            .WithExposedHeaders("Retry-After")
            .SetPreflightMaxAge(TimeSpan.FromMinutes(10))));
        return services;
    }

    /// <summary>
    /// `Vary: Origin` on every answer to a request with an Origin, allowed or not, once any origin is configured. ASP.NET
    /// Core sends it only for an allowed origin and only when several are configured; with one, a shared cache could
    /// hand the allowed origin's response (with its Access-Control-Allow-Origin) to another origin, or the reverse.
    /// </summary>
    public static Task VaryByOrigin(HttpContext http, RequestDelegate next)
    {
        if (http.Request.Headers.Origin.Count > 0
            && http.GetEndpoint()?.Metadata.GetMetadata<IEnableCorsAttribute>()?.PolicyName == Policy
            && http.RequestServices.GetRequiredService<IOptions<CorsOptions>>().Value.GetPolicy(Policy)?.Origins.Count > 0)
        {
            var response = http.Response;
            response.OnStarting(() =>
            {
                if (!response.Headers.GetCommaSeparatedValues(HeaderNames.Vary).Contains(HeaderNames.Origin, StringComparer.OrdinalIgnoreCase))
                {
                    response.Headers.Append(HeaderNames.Vary, HeaderNames.Origin);
                }

                return Task.CompletedTask;
            });
        }

        return next(http);
    }

    /// <summary>An origin is compared as the browser sends it: scheme, host and port, no path; a typo must not pass silently.</summary>
    private static string Origin(string configured)
    {
        var value = configured.Trim().TrimEnd('/');
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || uri.PathAndQuery != "/" || !string.IsNullOrEmpty(uri.UserInfo))
        {
            throw new InvalidOperationException(
                $"GraphQL:Cors:Origins has '{configured}', which is not an origin: write scheme://host[:port], e.g. https://admin.example.com.");
        }

        return uri.GetLeftPart(UriPartial.Authority);
    }
}
