using System.Text;
using System.Text.Json;
using CsCheck;

namespace CatoScim.Scim.Tests.Hostile;

/// <summary>Generators of what a hostile or broken client sends: deep nesting, long strings, unicode, huge arrays, duplicate keys.</summary>
internal static class HostileInputGen
{
    private static readonly string[] FilterPieces =
    [
        "(", ")", "[", "]", "not ", "not(", " and ", " or ", " ", "userName", "emails", "members", "name.givenName", ".value",
        "value", "type", " eq ", " ne ", " co ", " sw ", " gt ", " le ", " pr", " xx ", "\"work\"", "\"x\"", "\"\\u00e9\\\"\"",
        "\"\\ud800\"", "\"\\q\"", "\"", "\\", "true", "false", "null", "12.5e3", "-0", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department",
        "urn:ietf:params:scim:schemas:core:2.0:User:userName", "$ref", "a.b.c", "é", "😀", "\u0000", "\ud800", "..", ":",
    ];

    private static readonly string[] Keys =
    [
        "value", "VALUE", "type", "primary", "display", "emails", "members", "userName", "name", "givenName", "active", "id",
        "meta", "schemas", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User", "é", "", "\"",
    ];

    /// <summary>Filter-like text: a soup of the grammar's own pieces, deep nesting of each kind, or something very long.</summary>
    public static readonly Gen<string> FilterText = Mix(
        (6, Mix((3, Gen.OneOf(FilterPieces)), (1, Gen.String[0, 12])).Array[0, 40].Select(string.Concat)),
        (2, Nesting()),
        (1, Long()));

    /// <summary>PATCH-path-like text: an attribute, then anything the filter generator makes, maybe inside brackets.</summary>
    public static readonly Gen<string> PathText = Mix(
        (3, FilterText),
        (3, Gen.Select(Gen.OneOf("emails", "members", "name", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager", "x"),
            FilterText, Gen.OneOf("", ".value", ".display", "]", ".a.b"), (a, f, tail) => $"{a}[{f}]{tail}")),
        (1, Gen.OneOf("emails[type eq \"work\"].value", "members[value eq \"m1\"]", "name.givenName", "title", "members",
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department")));

    /// <summary>A JSON value as text, nested at most three levels, with huge arrays and duplicate keys.</summary>
    public static readonly Gen<string> JsonValue = Value(3);

    /// <summary>A PatchOp body as text: a few generated operations, or very many.</summary>
    public static readonly Gen<string> PatchBody = Mix(
        (8, Operation.Array[0, 6].Select(ops => string.Join(",", ops))),
        (1, Gen.Int[900, 1100].Select(n => string.Join(",", Enumerable.Repeat("""{"op":"add","path":"title","value":"x"}""", n)))))
        .Select(ops => $$"""{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{{ops}}]}""");

    private static Gen<string> Operation => Gen.Select(
        Gen.OneOf("\"add\"", "\"Add\"", "\"remove\"", "\"replace\"", "\"Replace\"", "\"frob\"", "1", "null"),
        Mix((4, PathText.Select(p => $",\"path\":{Json(p)}")), (1, Gen.Const(string.Empty)), (1, Gen.Const(",\"path\":7"))),
        Mix((5, JsonValue.Select(v => $",\"value\":{v}")), (1, Gen.Const(string.Empty))),
        (op, path, value) => $$"""{"op":{{op}}{{path}}{{value}}}""");

    private static Gen<string> Nesting() => Gen.Select(Gen.Int[0, 3000], Gen.Int[0, 5], (n, kind) => kind switch
    {
        0 => new string('(', n) + "userName pr" + new string(')', n),
        1 => Repeat("not ", n) + "userName pr",
        2 => Repeat("emails[", n) + "value pr" + new string(']', n),
        3 => Repeat("not (", n) + "a eq \"b\"" + new string(')', n),
        4 => new string('(', n),
        _ => Repeat("emails[value pr].x", n) + " pr",
    });

    private static Gen<string> Long() => Gen.Select(Gen.Int[0, 20_000], Gen.Int[0, 3], (n, kind) => kind switch
    {
        0 => $"userName eq \"{new string('x', n)}\"",
        1 => new string('a', n + 1) + " pr",
        2 => string.Join(" or ", Enumerable.Repeat("value eq \"1\"", 1 + (n / 10))),
        _ => string.Join(" and ", Enumerable.Repeat("(a pr or not b pr)", 1 + (n / 20))),
    });

    private static Gen<string> Value(int depth)
    {
        var scalar = Mix(
            (4, Gen.OneOf("true", "false", "null", "0", "-1.5e300", "1e999", "\"work\"", "\"x@y.com\"", "\"m1\"")),
            (3, Gen.String.Select(Json)),
            (1, Gen.Int[0, 50_000].Select(n => Json(new string('é', n)))));
        if (depth == 0)
        {
            return scalar;
        }

        var inner = Value(depth - 1);
        return Mix(
            (4, scalar),
            (2, inner.Array[0, 5].Select(items => $"[{string.Join(",", items)}]")),
            (2, Gen.Select(Gen.OneOf(Keys), inner).Array[0, 6]
                .Select(members => "{" + string.Join(",", members.Select(m => $"{Json(m.Item1)}:{m.Item2}")) + "}")),
            (1, HugeArray()));
    }

    // Up to a little over the default 10,000 values per operation, with many duplicates (same value, other casing).
    private static Gen<string> HugeArray() => Gen.Select(Gen.Int[0, 10_500], Gen.Int[1, 20_000], Gen.Bool, (n, distinct, objects) =>
    {
        var text = new StringBuilder("[");
        for (var i = 0; i < n; i++)
        {
            text.Append(i == 0 ? "" : ",");
            var value = (i % distinct) % 2 == 0 ? $"v{i % distinct}" : $"V{i % distinct}";
            text.Append(objects ? $$"""{"value":"{{value}}","type":"work"}""" : Json(value));
        }

        return text.Append(']').ToString();
    });

    private static Gen<string> Mix(params (int Weight, Gen<string> Gen)[] options) =>
        Gen.Frequency([.. options.Select(o => (o.Weight, (IGen<string>)o.Gen))]);

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    private static string Json(string text) => JsonSerializer.Serialize(text);
}
