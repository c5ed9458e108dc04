using CatoScim.Host.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CatoScim.Host.Tests.Architecture;

/// <summary>
/// Compiles the Host's own source files under another assembly name, so the modules' `InternalsVisibleTo
/// CatoScim.Host` (there for Mediator's generated code) does not apply: any use of an internal type then shows
/// as CS0122. The compiled Host assembly cannot be checked instead, because its generated Mediator code
/// legitimately names internal handlers.
/// </summary>
internal static class HostSourceCompilation
{
    public const string InaccessibleDueToProtectionLevel = "CS0122";

    // The Web SDK's implicit usings; the generated GlobalUsings file lives under obj/, which is not source.
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Net.Http.Json;
        global using System.Threading;
        global using System.Threading.Tasks;
        global using Microsoft.AspNetCore.Builder;
        global using Microsoft.AspNetCore.Hosting;
        global using Microsoft.AspNetCore.Http;
        global using Microsoft.AspNetCore.Routing;
        global using Microsoft.Extensions.Configuration;
        global using Microsoft.Extensions.DependencyInjection;
        global using Microsoft.Extensions.Hosting;
        global using Microsoft.Extensions.Logging;
        """;

    public static string SourceFolder { get; } = Path.Combine(RepoPaths.Root, "src", "Host", "CatoScim.Host");

    public static IReadOnlyList<Diagnostic> Errors(params string[] extraSources)
    {
        var options = new CSharpParseOptions(LanguageVersion.Preview);
        var trees = HostSourceFiles()
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), options, path))
            .Append(CSharpSyntaxTree.ParseText(ImplicitUsings, options, "ImplicitUsings.cs"))
            .Concat(extraSources.Select((source, i) => CSharpSyntaxTree.ParseText(source, options, $"Extra{i}.cs")));
        var compilation = CSharpCompilation.Create("HostSourceBoundaryCheck", trees, References(),
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        return [.. compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error)];
    }

    public static IEnumerable<string> HostSourceFiles() =>
        System.IO.Directory.EnumerateFiles(SourceFolder, "*.cs", SearchOption.AllDirectories)
            .Where(path => !Path.GetRelativePath(SourceFolder, path).Split(Path.DirectorySeparatorChar)
                .Any(part => part is "obj" or "bin"));

    // Everything the test process can load: the framework (ASP.NET Core included) and every package and module,
    // except the compiled Host itself, whose types the source defines again.
    private static IEnumerable<MetadataReference> References() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => Path.GetFileNameWithoutExtension(path) != "CatoScim.Host")
            .Select(path => MetadataReference.CreateFromFile(path));
}
