using System.Collections.Frozen;

namespace CatoScim.Host.GraphQL.Explorer;

/// <summary>The explorer's files, embedded from GraphQL/Explorer/assets (built by tools/graphiql, committed).</summary>
internal static class ExplorerAssets
{
    private const string ResourcePrefix = "CatoScim.Host.GraphQL.Explorer.";

    private static readonly Lazy<FrozenDictionary<string, ExplorerAsset>> All = new(Load);

    public static ExplorerAsset? Find(string file) => All.Value.GetValueOrDefault(file);

    private static FrozenDictionary<string, ExplorerAsset> Load()
    {
        var assembly = typeof(ExplorerAssets).Assembly;
        // The build changes the assets only together with the assembly, so its identity tags every file.
        var version = assembly.ManifestModule.ModuleVersionId.ToString("N");
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..])
            .ToFrozenDictionary(
                file => file,
                file => new ExplorerAsset(assembly, ResourcePrefix + file, ContentType(file), $"\"{version}-{file}\""),
                StringComparer.Ordinal);
    }

    private static string ContentType(string file) => Path.GetExtension(file) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".ttf" => "font/ttf",
        _ => "text/plain; charset=utf-8",
    };
}
