using System.Text.Json.Nodes;

namespace CatoScim.Directory.Tests.Scim;

/// <summary>
/// Finds shared/scim-cases: locally it sits beside the repo (/work/shared next to /work/main), in CI
/// a copy of shared/ is placed beside the cloned repo, so walk up and look at each ancestor and its children.
/// </summary>
internal static class ScimCases
{
    private static readonly Lazy<string> Folder = new(Locate);

    public static JsonNode Load(string fileName) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Folder.Value, fileName)))!;

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "scim-cases");
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException(
            $"shared/scim-cases was not found above {AppContext.BaseDirectory}; put a copy of shared/ beside the repo.");
    }
}
