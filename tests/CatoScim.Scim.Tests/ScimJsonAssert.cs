using System.Text.Json;
using System.Text.Json.Nodes;

namespace CatoScim.Scim.Tests;

/// <summary>Checks JSON kinds, since a "true" string or a "0" string passes a naive equality check but breaks clients.</summary>
internal static class ScimJsonAssert
{
    public static string String(JsonObject obj, string key) => Kind(obj, key, JsonValueKind.String).GetValue<string>();

    public static bool Boolean(JsonObject obj, string key)
    {
        var node = Require(obj, key);
        Assert.True(node.GetValueKind() is JsonValueKind.True or JsonValueKind.False, $"'{key}' must be a JSON boolean, was {node.ToJsonString()}");
        return node.GetValue<bool>();
    }

    public static int Integer(JsonObject obj, string key) => Kind(obj, key, JsonValueKind.Number).GetValue<int>();

    public static JsonObject Object(JsonObject obj, string key) => Assert.IsType<JsonObject>(Require(obj, key));

    public static JsonArray Array(JsonObject obj, string key) => Assert.IsType<JsonArray>(Require(obj, key));

    public static string[] Strings(JsonObject obj, string key) =>
        [.. Array(obj, key).Select(n => n is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : throw new Xunit.Sdk.XunitException($"'{key}' must hold strings only"))];

    public static void Schemas(JsonObject obj, string urn) => Assert.Equal([urn], Strings(obj, "schemas"));

    /// <summary>RFC 7643 §3.1: resourceType and location, the latter absolute.</summary>
    public static void Meta(JsonObject obj, string resourceType, string location)
    {
        var meta = Object(obj, "meta");
        Assert.Equal(resourceType, String(meta, "resourceType"));
        Assert.Equal(location, String(meta, "location"));
        Assert.True(Uri.IsWellFormedUriString(location, UriKind.Absolute), location);
    }

    private static JsonNode Kind(JsonObject obj, string key, JsonValueKind kind)
    {
        var node = Require(obj, key);
        Assert.True(node.GetValueKind() == kind, $"'{key}' must be a JSON {kind}, was {node.ToJsonString()}");
        return node;
    }

    private static JsonNode Require(JsonObject obj, string key) =>
        obj[key] ?? throw new Xunit.Sdk.XunitException($"'{key}' is missing from {obj.ToJsonString()}");
}
