using System.Text.Json.Nodes;
using CatoScim.Scim.Patch;

namespace CatoScim.Scim.Tests.Patch;

/// <summary>SCIMMY's patchop.json inbound cases (provenance in Cases/README.md).</summary>
public sealed class ScimPatchOracleTests
{
    // The engine is schema-agnostic, so nickName, password and honorificPrefix cases run as they are
    // (the caller's schema validation decides whether such attributes are kept). Where we differ from SCIMMY:
    private static readonly Dictionary<string, string> Divergent = new()
    {
        // SCIMMY replaces the whole complex value; RFC 7644 §3.5.2.3 says sub-attributes not given
        // are left unchanged, which ScimPatchTests.Replace_of_a_complex_attribute_merges asserts.
        ["replace/1"] = "replace of a complex attribute merges per RFC 7644 §3.5.2.3",
    };

    public static TheoryData<string, int> Cases() => InboundCases(divergent: false);

    public static TheoryData<string, int> DivergentCases() => InboundCases(divergent: true);

    [Fact]
    public void The_vendored_case_file_holds_every_case()
    {
        Assert.Equal(18, Cases().Count + DivergentCases().Count);
        Assert.Equal(Divergent.Keys.Order(), DivergentCases().Select(c => $"{c[0]}/{c[1]}").Order());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Inbound_case_produces_scimmys_target(string op, int index)
    {
        var (item, source, before, result) = Run(op, index);

        PatchTestHelpers.AssertJson(item["target"]!.ToJsonString(), result);
        Assert.True(JsonNode.DeepEquals(before, source), "the original resource must stay untouched");
    }

    /// <summary>A divergence that disappears means the engine changed; the entry in <see cref="Divergent"/> must go with it.</summary>
    [Theory]
    [MemberData(nameof(DivergentCases))]
    public void Divergent_case_still_differs_from_scimmys_target(string op, int index)
    {
        var (item, source, before, result) = Run(op, index);

        Assert.False(JsonNode.DeepEquals(item["target"], result), $"{op}/{index} now matches SCIMMY: {Divergent[$"{op}/{index}"]} no longer holds");
        Assert.True(JsonNode.DeepEquals(before, source), "the original resource must stay untouched");
    }

    private static (JsonNode Item, JsonObject Source, JsonNode Before, JsonObject Result) Run(string op, int index)
    {
        var item = ScimCases.Load("patchop.json")["inbound"]![op]![index]!;
        var source = item["source"]!.AsObject();
        var before = source.DeepClone();
        var request = ScimPatchRequest.Parse(new JsonObject
        {
            ["schemas"] = new JsonArray("urn:ietf:params:scim:api:messages:2.0:PatchOp"),
            ["Operations"] = item["ops"]!.DeepClone(),
        });

        return (item, source, before, request.ApplyTo(source));
    }

    private static TheoryData<string, int> InboundCases(bool divergent)
    {
        var data = new TheoryData<string, int>();
        foreach (var (op, cases) in ScimCases.Load("patchop.json")["inbound"]!.AsObject())
        {
            for (var i = 0; i < cases!.AsArray().Count; i++)
            {
                if (Divergent.ContainsKey($"{op}/{i}") == divergent)
                {
                    data.Add(op, i);
                }
            }
        }

        return data;
    }
}
