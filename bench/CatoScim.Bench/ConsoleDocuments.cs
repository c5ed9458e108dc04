using System.Security.Cryptography;
using System.Text;

namespace CatoScim.Bench;

/// <summary>
/// The console's persisted documents, embedded from the Host's GraphQL/Documents at build time, by operation name. The id
/// is computed as the Host computes it ("sha256:" and the hex SHA-256 of the LF text), so the bench sends what the
/// console sends and never the text.
/// </summary>
internal static class ConsoleDocuments
{
    private const string ResourcePrefix = "ConsoleDocuments.";

    private static readonly Lazy<Dictionary<string, string>> Texts = new(Load);

    public static IReadOnlyCollection<string> Names => Texts.Value.Keys;

    public static bool Contains(string name) => Texts.Value.ContainsKey(name);

    public static string IdOf(string name) => Id(Texts.Value[name]);

    public static string Id(string text) =>
        "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\n"))));

    private static Dictionary<string, string> Load()
    {
        var assembly = typeof(ConsoleDocuments).Assembly;
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            texts[Path.GetFileNameWithoutExtension(resource[ResourcePrefix.Length..])] = reader.ReadToEnd();
        }

        return texts;
    }
}
