using System.Text.Json.Nodes;
using CatoScim.Directory.Scim.Patch;

namespace CatoScim.Directory.Tests.Scim.Patch;

/// <summary>SCIMMY's patchop.json inbound cases (see shared/scim-cases/README.md).</summary>
public sealed class ScimPatchOracleTests
{
    // The engine is schema-agnostic, so nickName, password and honorificPrefix cases run as they are
    // (the caller's schema validation decides whether such attributes are kept). Skipped:
    private static readonly Dictionary<string, string> Skipped = new()
    {
        // SCIMMY replaces the whole complex value; RFC 7644 §3.5.2.3 says sub-attributes not given
        // are left unchanged, which ScimPatchTests.Replace_of_a_complex_attribute_merges asserts.
        ["replace/1"] = "replace of a complex attribute merges per RFC 7644 §3.5.2.3",
    };

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var (op, cases) in ScimCases.Load("patchop.json")["inbound"]!.AsObject())
        {
            for (var i = 0; i < cases!.AsArray().Count; i++)
            {
                data.Add(op, i);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Inbound_case_produces_scimmys_target(string op, int index)
    {
        if (Skipped.ContainsKey($"{op}/{index}"))
        {
            return;
        }

        var item = ScimCases.Load("patchop.json")["inbound"]![op]![index]!;
        var source = item["source"]!.AsObject();
        var before = source.DeepClone();
        var request = ScimPatchRequest.Parse(new JsonObject
        {
            ["schemas"] = new JsonArray(ScimPatchRequest.PatchOpSchema),
            ["Operations"] = item["ops"]!.DeepClone(),
        });

        var result = request.ApplyTo(source);

        PatchTestHelpers.AssertJson(item["target"]!.ToJsonString(), result);
        Assert.True(JsonNode.DeepEquals(before, source), "the original resource must stay untouched");
    }
}
