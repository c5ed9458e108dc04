using System.Text.Json.Nodes;

namespace CatoScim.Scim.Tests;

/// <summary>The SCIMMY case files vendored in Cases/ (provenance in Cases/README.md), copied beside the test assembly.</summary>
internal static class ScimCases
{
    public static JsonNode Load(string fileName) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Cases", fileName)))!;
}
