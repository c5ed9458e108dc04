using System.Globalization;

namespace CatoScim.Host.Cli.Seeding;

/// <summary>Group names as IdPs push them ("Engineering - Berlin", "SDP users - Sales"), unique whatever their case.</summary>
internal sealed class DemoGroupNames(string tag)
{
    private readonly Dictionary<string, int> _taken = new(StringComparer.OrdinalIgnoreCase);

    public string Next(Random random)
    {
        var department = DemoNames.Departments[random.Next(DemoNames.Departments.Length)];
        var site = DemoNames.Sites[random.Next(DemoNames.Sites.Length)];
        var kind = DemoNames.GroupKinds[random.Next(DemoNames.GroupKinds.Length)];
        var name = random.Next(3) switch
        {
            0 => $"{department} - {site}",
            1 => $"{kind} - {department}",
            _ => $"{kind} - {site}",
        };
        var seen = _taken.GetValueOrDefault(name);
        _taken[name] = seen + 1;
        var unique = seen == 0 ? name : $"{name} {(seen + 1).ToString(CultureInfo.InvariantCulture)}";
        return tag.Length == 0 ? unique : $"{unique} [{tag}]";
    }
}
