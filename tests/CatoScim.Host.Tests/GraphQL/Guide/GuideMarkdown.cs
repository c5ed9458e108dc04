using System.Text;

namespace CatoScim.Host.Tests.GraphQL.Guide;

/// <summary>Renders the catalogue as the generated part of docs/graphql.md and puts it between its markers.</summary>
internal static class GuideMarkdown
{
    public const string Begin = "<!-- BEGIN GENERATED: screens -->";
    public const string End = "<!-- END GENERATED: screens -->";

    /// <summary>One `###` section per screen, one `####` per document: the sentence, id and role, text, variables.</summary>
    public static string Render(IReadOnlyList<GuideScreen> screens, Func<string, string> text, Func<string, string> id)
    {
        var markdown = new StringBuilder();
        foreach (var screen in screens)
        {
            markdown.Append("\n### ").Append(screen.Title).Append('\n');
            foreach (var example in screen.Examples)
            {
                var role = example.Effect == GuideEffect.Read ? "query, VIEWER or EDITOR key" : "mutation, EDITOR key";
                markdown.Append("\n#### ").Append(example.Document).Append("\n\n")
                    .Append(example.Purpose).Append("\n\n")
                    .Append('`').Append(id(example.Document)).Append("` (").Append(role).Append(")\n\n")
                    .Append("```graphql\n").Append(text(example.Document).TrimEnd('\n')).Append("\n```\n\n")
                    .Append("```json\n").Append(example.Variables.Trim()).Append("\n```\n");
            }
        }

        return markdown.ToString();
    }

    /// <summary>The file with everything between the markers replaced by <paramref name="section"/>.</summary>
    public static string Splice(string file, string section)
    {
        var begin = file.IndexOf(Begin, StringComparison.Ordinal);
        var end = file.IndexOf(End, StringComparison.Ordinal);
        if (begin < 0 || end < begin || file.IndexOf(Begin, begin + 1, StringComparison.Ordinal) >= 0)
        {
            throw new InvalidOperationException($"docs/graphql.md needs one '{Begin}' followed by one '{End}'.");
        }

        return file[..(begin + Begin.Length)] + "\n" + section + "\n" + file[end..];
    }
}
