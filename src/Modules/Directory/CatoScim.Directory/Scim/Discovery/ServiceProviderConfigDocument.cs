using System.Text.Json.Nodes;
using CatoScim.Scim.Discovery;
using CatoScim.Scim.Protocol;

namespace CatoScim.Directory.Scim.Discovery;

/// <summary>
/// What <c>/ServiceProviderConfig</c> serves (RFC 7643 §5). Every flag states what the service enforces:
/// clients such as Okta and Entra ID choose their requests from it, so an optimistic flag becomes a failed sync.
/// </summary>
internal static class ServiceProviderConfigDocument
{
    /// <param name="baseUrl">The absolute SCIM base URL.</param>
    /// <param name="maxResults">The most resources one query returns (RFC 7643 §5 "filter.maxResults").</param>
    /// <param name="etagSupported">True only where versions are checked on If-Match (RFC 7644 §3.14).</param>
    public static JsonObject Build(string baseUrl, int maxResults, bool etagSupported)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxResults, 1);

        return new JsonObject
        {
            ["schemas"] = new JsonArray(ScimConstants.ServiceProviderConfigSchema),
            ["patch"] = Supported(true),

            // RFC 7643 §5 still requires the limits when bulk is off; zero makes any bulk request over the limit.
            ["bulk"] = new JsonObject { ["supported"] = false, ["maxOperations"] = 0, ["maxPayloadSize"] = 0 },
            ["filter"] = new JsonObject { ["supported"] = true, ["maxResults"] = maxResults },
            ["changePassword"] = Supported(false),
            ["sort"] = Supported(true),
            ["etag"] = Supported(etagSupported),
            ["authenticationSchemes"] = new JsonArray(BearerToken()),
            ["meta"] = ScimMeta.Build("ServiceProviderConfig", baseUrl, "ServiceProviderConfig"),
        };
    }

    private static JsonObject Supported(bool supported) => new() { ["supported"] = supported };

    /// <summary>API keys travel as RFC 6750 bearer tokens; RFC 7643 §5 names that scheme "oauthbearertoken".</summary>
    private static JsonObject BearerToken() => new()
    {
        ["type"] = "oauthbearertoken",
        ["name"] = "OAuth Bearer Token",
        ["description"] = "Authentication with a CatoScim API key sent as a bearer token in the Authorization header.",
        ["specUri"] = "https://www.rfc-editor.org/info/rfc6750",
        ["primary"] = true,
    };
}
