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
