using System.Collections.Frozen;

namespace CatoScim.Host.Transport.StaticAssets;

/// <summary>
/// The browser files embedded under one resource prefix (the explorer's, the console's): committed files, so the Host
/// serves its pages with no content root, no npm at build time and no CDN.
/// </summary>
internal sealed class EmbeddedAssets(string resourcePrefix)
{
    private readonly Lazy<FrozenDictionary<string, EmbeddedAsset>> _all = new(() => Load(resourcePrefix));

    public EmbeddedAsset? Find(string file) => _all.Value.GetValueOrDefault(file);

    public IEnumerable<string> Files => _all.Value.Keys;

    private static FrozenDictionary<string, EmbeddedAsset> Load(string resourcePrefix)
    {
        var assembly = typeof(EmbeddedAssets).Assembly;
        // The build changes the assets only together with the assembly, so its identity tags every file.
        var version = assembly.ManifestModule.ModuleVersionId.ToString("N");
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(resourcePrefix, StringComparison.Ordinal))
            .Select(n => n[resourcePrefix.Length..])
            .ToFrozenDictionary(
                file => file,
                file => new EmbeddedAsset(assembly, resourcePrefix + file, ContentType(file), $"\"{version}-{file}\""),
                StringComparer.Ordinal);
    }

    private static string ContentType(string file) => Path.GetExtension(file) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" or ".mjs" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".json" => "application/json; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".ttf" => "font/ttf",
        _ => "text/plain; charset=utf-8",
    };
}
