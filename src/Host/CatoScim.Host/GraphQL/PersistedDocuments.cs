using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;

namespace CatoScim.Host.GraphQL;

/// <summary>
/// The documents a client may send by id instead of text (GraphQL-over-HTTP persisted documents:
/// `{"documentId": "sha256:&lt;hex&gt;"}`): the `.graphql` files under GraphQL/Documents, embedded in the Host. A
/// document's id is the SHA-256 of its UTF-8 text with LF line endings, so a console can compute it from the same file.
/// With `GraphQL:PersistedDocuments:Only` a deployment runs these documents and nothing else.
/// </summary>
internal sealed class PersistedDocuments(IConfiguration configuration)
{
    public const string Prefix = "sha256:";
    private const string ResourcePrefix = "CatoScim.Host.GraphQL.Documents.";

    private readonly Lazy<(FrozenDictionary<string, string> ById, FrozenDictionary<string, string> IdByName)> _documents = new(Load);

    public bool Only { get; } = configuration.GetValue("GraphQL:PersistedDocuments:Only", false);

    public IReadOnlyCollection<string> Ids => _documents.Value.ById.Keys;

    /// <summary>Each document's id by its file name (`Viewer` for Viewer.graphql): how the console finds its operations.</summary>
    public IReadOnlyDictionary<string, string> IdsByName => _documents.Value.IdByName;

    public string? Find(string documentId) => _documents.Value.ById.GetValueOrDefault(documentId);

    public static string IdOf(string text) =>
        Prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\n"))));

    private static (FrozenDictionary<string, string>, FrozenDictionary<string, string>) Load()
    {
        var assembly = typeof(PersistedDocuments).Assembly;
        var documents = new Dictionary<string, string>(StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            var text = reader.ReadToEnd().ReplaceLineEndings("\n");
            var id = IdOf(text);
            documents[id] = text;
            names[Path.GetFileNameWithoutExtension(name[ResourcePrefix.Length..])] = id;
        }

        return (documents.ToFrozenDictionary(StringComparer.Ordinal), names.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
