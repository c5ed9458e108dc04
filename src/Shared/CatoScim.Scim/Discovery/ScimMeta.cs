using System.Text.Json.Nodes;

namespace CatoScim.Scim.Discovery;

/// <summary>The RFC 7643 §3.1 "meta" of a discovery resource.</summary>
public static class ScimMeta
{
    /// <param name="resourceType">The RFC 7643 resource type, e.g. <c>ResourceType</c> or <c>Schema</c>.</param>
    /// <param name="baseUrl">The absolute SCIM base URL, with or without a trailing slash.</param>
    /// <param name="relativePath">Path under the base URL, e.g. <c>ResourceTypes/User</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="baseUrl"/> is not an absolute http(s) URL.</exception>
    public static JsonObject Build(string resourceType, string baseUrl, string relativePath) => new()
    {
        ["resourceType"] = resourceType,
        ["location"] = Location(baseUrl, relativePath),
    };

    /// <summary>RFC 7643 §3.1 requires "location" to be the resource's URI, so a relative base is rejected early.</summary>
    public static string Location(string baseUrl, string relativePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(baseUrl);
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException($"'{baseUrl}' is not an absolute http(s) URL.", nameof(baseUrl));
        }

        return $"{baseUrl.TrimEnd('/')}/{relativePath.TrimStart('/')}";
    }
}
