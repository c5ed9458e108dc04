using Microsoft.CodeAnalysis;

namespace CatoScim.Host.Tests.Architecture;

/// <summary>The Host composes modules through their public `XModule` class, their Contracts and ModuleKit only.</summary>
public sealed class HostBoundaryTests
{
    [Fact]
    public void Host_source_names_no_internal_type_of_a_module()
    {
        var inaccessible = HostSourceCompilation.Errors()
            .Where(d => d.Id == HostSourceCompilation.InaccessibleDueToProtectionLevel).Select(Describe).ToList();

        Assert.True(inaccessible.Count == 0,
            "The Host reaches module internals (expose them as module API instead):\n" + string.Join('\n', inaccessible));
    }

    [Fact]
    public void The_boundary_compilation_resolves_everything_but_the_mediator_generated_code()
    {
        // Otherwise a missing reference would turn an internal type into "not found" and the check above would pass blind.
        var unexpected = HostSourceCompilation.Errors()
            .Where(d => d.Id != HostSourceCompilation.InaccessibleDueToProtectionLevel && !IsMediatorGenerated(d))
            .Select(Describe).ToList();

        Assert.True(unexpected.Count == 0, string.Join('\n', unexpected));
    }

    [Fact]
    public void The_boundary_check_flags_host_code_that_names_a_module_internal()
    {
        const string offending = """
            namespace CatoScim.Host.Probe;

            internal static class NamesAnInternal
            {
                public static Type Context => typeof(CatoScim.Directory.Persistence.DirectoryDbContext);
            }
            """;

        var errors = HostSourceCompilation.Errors(offending);

        Assert.Contains(errors, d => d.Id == HostSourceCompilation.InaccessibleDueToProtectionLevel
            && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("DirectoryDbContext", StringComparison.Ordinal));
    }

    [Fact]
    public void The_boundary_compilation_reads_every_host_source_file_and_none_under_obj_or_bin()
    {
        var files = HostSourceCompilation.HostSourceFiles().Select(f => Path.GetRelativePath(HostSourceCompilation.SourceFolder, f)).ToList();

        Assert.Contains("Program.cs", files);
        Assert.Contains(Path.Combine("GraphQL", "GraphQLEndpoint.cs"), files);
        Assert.DoesNotContain(files, f => f.StartsWith("obj", StringComparison.Ordinal) || f.StartsWith("bin", StringComparison.Ordinal));
    }

    // Mediator's source generator runs only in the real Host build: `AddMediator` and `MediatorOptions` are its output.
    private static bool IsMediatorGenerated(Diagnostic d)
    {
        var message = d.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        return message.Contains("'AddMediator'", StringComparison.Ordinal) || message.Contains("'MediatorOptions'", StringComparison.Ordinal);
    }

    private static string Describe(Diagnostic d) =>
        $"{Path.GetFileName(d.Location.SourceTree?.FilePath)}({d.Location.GetLineSpan().StartLinePosition.Line + 1}): {d.Id} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
}
