using CatoScim.Host.GraphQL;
using CatoScim.Host.Tests.Infrastructure;

namespace CatoScim.Host.Tests.GraphQL.Guide;

/// <summary>The persisted documents as the repository holds them (GraphQL/Documents in the Host), by file name.</summary>
internal static class ConsoleDocuments
{
    public static string Folder { get; } = Path.Combine(RepoPaths.Root, "src", "Host", "CatoScim.Host", "GraphQL", "Documents");

    public static IReadOnlyList<string> Names() =>
        [.. System.IO.Directory.GetFiles(Folder, "*.graphql").Select(Path.GetFileNameWithoutExtension).Select(n => n!).Order(StringComparer.Ordinal)];

    /// <summary>The text with LF line endings, as the Host embeds and hashes it.</summary>
    public static string Text(string name) => File.ReadAllText(Path.Combine(Folder, name + ".graphql")).ReplaceLineEndings("\n");

    public static string Id(string name) => PersistedDocuments.IdOf(Text(name));
}
