using System.Text.Json;
using System.Text.Json.Nodes;

namespace CatoScim.Directory.Scim;

/// <summary>
/// Decodes every property name and string of a parsed body once, so an escaped lone surrogate (valid JSON syntax,
/// not valid Unicode) is refused as the body is read rather than when a handler first reads that string.
/// </summary>
internal static class ScimJsonStrings
{
    /// <exception cref="InvalidOperationException">A name or string does not decode to valid UTF-16.</exception>
    public static void EnsureDecodable(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                // Enumerating decodes the names.
                foreach (var (_, value) in o)
                {
                    EnsureDecodable(value);
                }

                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    EnsureDecodable(item);
                }

                break;
            case JsonValue v when v.GetValueKind() == JsonValueKind.String:
                _ = v.GetValue<string>();
                break;
        }
    }
}
