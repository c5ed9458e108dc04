using System.Text.Json;
using System.Text.Json.Nodes;
using CatoScim.Scim.Protocol;
using static CatoScim.Directory.Scim.Users.ScimJsonRead;

namespace CatoScim.Directory.Scim;

/// <summary>
/// RFC 7643 §3 and RFC 7644 §3.3: a resource sent in a POST or PUT lists its schema URNs, the resource type's core
/// one among them. Extension URNs, known or not (Okta's custom `urn:okta:…` ones), are not checked.
/// </summary>
internal static class ScimResourceSchemas
{
    /// <exception cref="ScimException">No `schemas`, one that is not an array of strings, or one without the core URN.</exception>
    public static void Require(JsonObject body, string coreSchema, string resourceType)
    {
        if (Get(body, "schemas") is not { } schemas)
        {
            throw ScimException.InvalidSyntax($"The request body has no \"schemas\"; a {resourceType} lists \"{coreSchema}\" in it (RFC 7644 §3.3).");
        }

        if (schemas is not JsonArray urns || urns.Any(u => u?.GetValueKind() != JsonValueKind.String))
        {
            throw ScimException.InvalidSyntax($"\"schemas\" must be an array of schema URNs (strings), listing \"{coreSchema}\" (RFC 7643 §3).");
        }

        if (!urns.Any(u => string.Equals(u!.GetValue<string>(), coreSchema, StringComparison.OrdinalIgnoreCase)))
        {
            var listed = urns.Count == 0 ? "nothing" : string.Join(", ", urns.Select(u => $"\"{u!.GetValue<string>()}\""));
            throw ScimException.InvalidSyntax(
                $"\"schemas\" lists {ScimExcerpt.Of(listed)} but not \"{coreSchema}\": only a {resourceType} can be sent here (RFC 7644 §3.3).");
        }
    }
}
