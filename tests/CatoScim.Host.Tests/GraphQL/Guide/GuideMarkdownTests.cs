using CatoScim.Host.Tests.Infrastructure;

namespace CatoScim.Host.Tests.GraphQL.Guide;

/// <summary>
/// docs/graphql.md's screens section is the catalogue rendered: run with UPDATE_SNAPSHOTS=1 to rewrite it after a
/// change to the catalogue or a document (that run fails; rerun to compare). CI never rewrites it.
/// </summary>
public sealed class GuideMarkdownTests
{
    private static readonly string Guide = Path.Combine(RepoPaths.Root, "docs", "graphql.md");

    [Fact]
    public void The_guides_screens_section_is_the_rendered_catalogue()
    {
        var file = File.ReadAllText(Guide).ReplaceLineEndings("\n");
        var section = GuideMarkdown.Render(GuideCatalogue.Screens, ConsoleDocuments.Text, ConsoleDocuments.Id);

        SnapshotFile.AssertMatches(Guide, GuideMarkdown.Splice(file, section));
    }

    [Fact]
    public void Splicing_replaces_only_what_is_between_the_markers()
    {
        var file = $"intro\n{GuideMarkdown.Begin}\nold\n{GuideMarkdown.End}\noutro\n";

        Assert.Equal($"intro\n{GuideMarkdown.Begin}\nnew\n\n{GuideMarkdown.End}\noutro\n", GuideMarkdown.Splice(file, "new\n"));
        Assert.Throws<InvalidOperationException>(() => GuideMarkdown.Splice("no markers", "new\n"));
    }
}
