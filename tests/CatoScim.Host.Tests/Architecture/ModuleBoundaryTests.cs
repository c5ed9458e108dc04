using System.Reflection;
using System.Xml.Linq;
using CatoScim.Host.Tests.Infrastructure;

namespace CatoScim.Host.Tests.Architecture;

/// <summary>Modules meet only through Contracts and Mediator notifications; these rules keep it that way.</summary>
public sealed class ModuleBoundaryTests
{
    private static readonly string[] Modules = ["Directory", "Licensing", "Events"];
    private static readonly string[] Contracts = ["CatoScim.Directory.Contracts", "CatoScim.Licensing.Contracts"];
    private static readonly string[] SharedLibraries = ["CatoScim.ModuleKit", "CatoScim.Scim"];

    public static TheoryData<string> ModuleNames => [.. Modules];

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void A_module_references_no_other_module_implementation_and_not_the_host(string module)
    {
        var forbidden = Modules.Where(m => m != module).Select(m => $"CatoScim.{m}").Append("CatoScim.Host").ToHashSet();
        var assembly = Assembly.Load($"CatoScim.{module}");
        var offending = assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(forbidden.Contains).ToList();
        Assert.True(offending.Count == 0, $"CatoScim.{module} references {string.Join(", ", offending)}");

        var projectRefs = ProjectReferences($"src/Modules/{module}/CatoScim.{module}/CatoScim.{module}.csproj");
        var badRefs = projectRefs.Where(r => forbidden.Contains(r)).ToList();
        Assert.True(badRefs.Count == 0, $"CatoScim.{module}.csproj references {string.Join(", ", badRefs)}");
        Assert.All(projectRefs, r => Assert.True(r.EndsWith(".Contracts", StringComparison.Ordinal) || SharedLibraries.Contains(r) || r == $"CatoScim.{module}.Contracts",
            $"CatoScim.{module} may reference only Contracts, ModuleKit and the SCIM engine, not {r}"));
    }

    /// <summary>
    /// The SCIM engine is protocol only: it may not know a module, their Contracts, ModuleKit (which carries
    /// EF Core, GraphQL and Mediator) or the Host, so it stays reusable and testable without any of them.
    /// </summary>
    [Fact]
    public void The_scim_engine_references_no_module_modulekit_or_host()
    {
        var references = Assembly.Load("CatoScim.Scim").GetReferencedAssemblies().Select(a => a.Name!).ToList();
        var ours = references.Where(n => n.StartsWith("CatoScim.", StringComparison.Ordinal)).ToList();
        Assert.True(ours.Count == 0, $"CatoScim.Scim references {string.Join(", ", ours)}");
        var frameworks = references.Where(n => n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) || n.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)).ToList();
        Assert.True(frameworks.Count == 0, $"CatoScim.Scim references {string.Join(", ", frameworks)}; the engine works on JSON and IQueryable only");

        var csproj = XDocument.Load(Path.Combine(RepoPaths.Root, "src/Shared/CatoScim.Scim/CatoScim.Scim.csproj"));
        Assert.Empty(csproj.Descendants("ProjectReference"));
        Assert.Empty(csproj.Descendants("PackageReference"));
        Assert.Empty(csproj.Descendants("FrameworkReference"));
    }

    [Theory]
    [InlineData("Directory")]
    [InlineData("Licensing")]
    public void Contracts_reference_only_mediator_abstractions(string module)
    {
        var name = $"CatoScim.{module}.Contracts";
        var references = Assembly.Load(name).GetReferencedAssemblies().Select(a => a.Name!)
            .Where(n => n != "Mediator" && n != "System.Runtime" && n != "netstandard" && !n.StartsWith("System.", StringComparison.Ordinal))
            .ToList();
        Assert.True(references.Count == 0, $"{name} references {string.Join(", ", references)}");

        var csproj = XDocument.Load(Path.Combine(RepoPaths.Root, $"src/Modules/{module}/{name}/{name}.csproj"));
        Assert.Empty(csproj.Descendants("ProjectReference"));
        Assert.Equal(["Mediator.Abstractions"], csproj.Descendants("PackageReference").Select(p => (string)p.Attribute("Include")!));
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void A_module_exposes_only_its_module_class(string module)
    {
        var exported = Assembly.Load($"CatoScim.{module}").GetExportedTypes()
            .Where(t => t.Name != $"{module}Module" && !IsGeneratedMigration(t) && !IsScimController(t) && !IsHangfireJob(t))
            .Select(t => t.FullName).ToList();
        Assert.True(exported.Count == 0, $"CatoScim.{module} exposes {string.Join(", ", exported)}; make them internal sealed.");
    }

    [Fact]
    public void Contracts_notifications_are_past_tense_records()
    {
        foreach (var name in Contracts)
        {
            foreach (var type in Assembly.Load(name).GetExportedTypes().Where(t => typeof(Mediator.INotification).IsAssignableFrom(t)))
            {
                Assert.True(type.GetMethod("<Clone>$") is not null, $"{type.Name} should be a record");
                Assert.True(type.Name.EndsWith("ed", StringComparison.Ordinal) || PhrasalPastTense.Contains(type.Name), $"{type.Name} should be named in the past tense");
            }
        }
    }

    // Past tense that does not end in "ed" (a phrasal verb); list each one so the rule stays a rule.
    private static readonly string[] PhrasalPastTense = ["GroupTakenOver"];

    private static List<string> ProjectReferences(string relativePath) =>
        XDocument.Load(Path.Combine(RepoPaths.Root, relativePath)).Descendants("ProjectReference")
            .Select(p => Path.GetFileNameWithoutExtension((string)p.Attribute("Include")!)).ToList();

    // EF Core generates migrations as public classes; they carry no module API.
    private static bool IsGeneratedMigration(Type type) => type.Namespace?.Contains(".Migrations", StringComparison.Ordinal) == true;

    // Hangfire activates job classes and invokes their methods by reflection, which needs them public.
    private static bool IsHangfireJob(Type type) => type.Name.EndsWith("Job", StringComparison.Ordinal) && type.IsSealed;

    private static bool IsScimController(Type type) => type.Name.EndsWith("Controller", StringComparison.Ordinal) && type.Namespace?.Contains(".Scim", StringComparison.Ordinal) == true;
}
