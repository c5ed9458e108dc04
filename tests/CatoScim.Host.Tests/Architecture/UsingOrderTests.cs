using CatoScim.Host.Tests.Infrastructure;

namespace CatoScim.Host.Tests.Architecture;

/// <summary>
/// The one style rule the compiler's analyzers cannot check: using directives sorted as `dotnet format` writes
/// them (.editorconfig: System first, then ordinal ignoring case; static usings after plain ones, aliases last).
/// </summary>
public sealed class UsingOrderTests
{
    private static readonly string[] Roots = ["src", "tests", "bench"];

    [Fact]
    public void Every_source_file_sorts_its_using_directives()
    {
        var files = SourceFiles().ToList();
        Assert.True(files.Count > 100, $"only {files.Count} source files found under {RepoPaths.Root}");

        var unsorted = files.Where(f => !IsSorted(UsingNames(File.ReadLines(f)).ToList()))
            .Select(f => Path.GetRelativePath(RepoPaths.Root, f)).ToList();
        Assert.True(unsorted.Count == 0, $"Unsorted usings (run `dotnet format whitespace CatoScim.sln`): {string.Join(", ", unsorted)}");
    }

    [Theory]
    [InlineData(new[] { "System", "System.Text", "CatoScim.Scim", "Microsoft.Extensions" }, true)]
    [InlineData(new[] { "CatoScim.Scim", "System" }, false)]
    [InlineData(new[] { "Microsoft.Extensions", "CatoScim.Scim" }, false)]
    [InlineData(new[] { "Mediator", "static CatoScim.Scim.X", "Alias = System.Text" }, true)]
    [InlineData(new[] { "static CatoScim.Scim.X", "Mediator" }, false)]
    public void Order_check_accepts_only_the_formatter_order(string[] names, bool sorted) =>
        Assert.Equal(sorted, IsSorted(names));

    private static IEnumerable<string> SourceFiles() =>
        Roots.Select(r => Path.Combine(RepoPaths.Root, r)).Where(System.IO.Directory.Exists)
            .SelectMany(r => System.IO.Directory.EnumerateFiles(r, "*.cs", SearchOption.AllDirectories))
            .Where(f => !IsUnder(f, "bin") && !IsUnder(f, "obj") && !IsUnder(f, "Migrations"));

    private static bool IsUnder(string file, string folder) =>
        file.Contains($"{Path.DirectorySeparatorChar}{folder}{Path.DirectorySeparatorChar}", StringComparison.Ordinal);

    private static IEnumerable<string> UsingNames(IEnumerable<string> lines) =>
        lines.TakeWhile(l => !l.StartsWith("namespace ", StringComparison.Ordinal))
            .Where(l => l.StartsWith("using ", StringComparison.Ordinal) && l.EndsWith(';') && !l.Contains('('))
            .Select(l => l["using ".Length..^1].Trim());

    private static bool IsSorted(IReadOnlyList<string> names)
    {
        for (var i = 1; i < names.Count; i++)
        {
            if (Compare(names[i - 1], names[i]) > 0)
            {
                return false;
            }
        }

        return true;
    }

    private static int Compare(string a, string b)
    {
        var byGroup = Group(a).CompareTo(Group(b));
        return byGroup != 0 ? byGroup : string.Compare(Key(a), Key(b), StringComparison.OrdinalIgnoreCase);
    }

    private static int Group(string name) =>
        name.Contains('=', StringComparison.Ordinal) ? 3
        : name.StartsWith("static ", StringComparison.Ordinal) ? 2
        : IsSystem(name) ? 0 : 1;

    private static string Key(string name) => name.StartsWith("static ", StringComparison.Ordinal) ? name["static ".Length..] : name;

    private static bool IsSystem(string name) => name == "System" || name.StartsWith("System.", StringComparison.Ordinal);
}
