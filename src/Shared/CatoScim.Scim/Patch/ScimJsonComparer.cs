using System.Text.Json.Nodes;

namespace CatoScim.Scim.Patch;

/// <summary>
/// Equality of JSON values for hash sets, with hash codes that agree with it: <see cref="Exact"/> is
/// <see cref="JsonNode.DeepEquals"/>, <see cref="Loose"/> is <see cref="ScimJson.SameValue"/>.
/// </summary>
internal sealed class ScimJsonComparer : IEqualityComparer<JsonNode?>
{
    private readonly bool _loose;

    private ScimJsonComparer(bool loose) => _loose = loose;

    public static ScimJsonComparer Exact { get; } = new(loose: false);

    public static ScimJsonComparer Loose { get; } = new(loose: true);

    /// <summary>A (value, type) pair of a multi-valued element, each compared as <see cref="ScimJson.SameValue"/>.</summary>
    public static IEqualityComparer<(JsonNode?, JsonNode?)> Pair { get; } = new PairComparer();

    /// <summary>Several values compared position by position as <see cref="ScimJson.SameValue"/>.</summary>
    public static IEqualityComparer<JsonNode?[]> Tuple { get; } = new TupleComparer();

    public bool Equals(JsonNode? x, JsonNode? y) => _loose ? ScimJson.SameValue(x, y) : JsonNode.DeepEquals(x, y);

    // Strings hash ignoring case for both: equal under DeepEquals implies equal ignoring case. Containers hash their
    // keys and scalar children only, which keeps the hash cheap and still spreads elements such as {value, type}.
    public int GetHashCode(JsonNode? obj) => Hash(obj, nested: true);

    private static int Hash(JsonNode? node, bool nested)
    {
        switch (node)
        {
            case null:
                return 0;
            case JsonValue value:
                return value.TryGetValue<string>(out var text)
                    ? StringComparer.OrdinalIgnoreCase.GetHashCode(text)
                    : (int)value.GetValueKind();
            case JsonObject obj:
                var objectHash = obj.Count;
                if (nested)
                {
                    foreach (var (key, child) in obj)
                    {
                        // XOR: DeepEquals ignores the order of properties.
                        objectHash ^= HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(key), Hash(child, nested: false));
                    }
                }

                return objectHash;
            case JsonArray array:
                var arrayHash = new HashCode();
                arrayHash.Add(array.Count);
                if (nested)
                {
                    foreach (var item in array)
                    {
                        arrayHash.Add(Hash(item, nested: false));
                    }
                }

                return arrayHash.ToHashCode();
            default:
                return 1;
        }
    }

    private sealed class PairComparer : IEqualityComparer<(JsonNode?, JsonNode?)>
    {
        public bool Equals((JsonNode?, JsonNode?) x, (JsonNode?, JsonNode?) y) =>
            ScimJson.SameValue(x.Item1, y.Item1) && ScimJson.SameValue(x.Item2, y.Item2);

        public int GetHashCode((JsonNode?, JsonNode?) obj) => HashCode.Combine(Loose.GetHashCode(obj.Item1), Loose.GetHashCode(obj.Item2));
    }

    private sealed class TupleComparer : IEqualityComparer<JsonNode?[]>
    {
        public bool Equals(JsonNode?[]? x, JsonNode?[]? y) =>
            x is not null && y is not null && x.Length == y.Length && x.Zip(y).All(p => ScimJson.SameValue(p.First, p.Second));

        public int GetHashCode(JsonNode?[] obj)
        {
            var hash = new HashCode();
            foreach (var item in obj)
            {
                hash.Add(Loose.GetHashCode(item));
            }

            return hash.ToHashCode();
        }
    }
}
