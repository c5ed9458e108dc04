using System.Globalization;
using CatoScim.ModuleKit.Seeding;

namespace CatoScim.Host.Cli.Seeding;

/// <summary>
/// Users: 98% provisioned by the directories (the first directory the most), 2% made by hand; 8% disabled; a third
/// arriving in the first import, the rest over the month.
/// </summary>
internal static class DemoUserGenerator
{
    private const string Alphanumerics = "abcdefghijklmnopqrstuvwxyz0123456789";

    public static List<DemoUser> Generate(DemoSpec spec, IReadOnlyList<DemoDirectory> directories, Random random, DateTime start, DateTime now)
    {
        var domain = spec.Tag.Length == 0 ? "demo.example.com" : $"demo-{spec.Tag}.example.com";
        var taken = new Dictionary<string, int>(StringComparer.Ordinal);
        var users = new List<DemoUser>(spec.Users);
        for (var i = 0; i < spec.Users; i++)
        {
            var given = DemoNames.Given[random.Next(DemoNames.Given.Length)];
            var family = DemoNames.Family[random.Next(DemoNames.Family.Length)];
            var local = $"{given}.{family}".ToLowerInvariant();
            var seen = taken.GetValueOrDefault(local);
            taken[local] = seen + 1;
            var userName = $"{local}{(seen == 0 ? "" : "." + seen.ToString(CultureInfo.InvariantCulture))}@{domain}";
            var created = random.Next(3) == 0
                ? start.AddTicks((long)(random.NextDouble() * TimeSpan.FromHours(2).Ticks))
                : start.AddTicks((long)(random.NextDouble() * (now - start).Ticks));
            var updated = random.Next(10) < 6 ? created.AddTicks((long)(random.NextDouble() * (now - created).Ticks)) : created;
            var directory = Directory(directories, random);
            users.Add(new DemoUser(
                Guid.CreateVersion7(new DateTimeOffset(created)),
                directory?.Id,
                userName,
                directory is null ? null : ExternalId(directory, "00u", random),
                given,
                family,
                userName,
                DemoNames.Titles[random.Next(DemoNames.Titles.Length)],
                DemoNames.Departments[random.Next(DemoNames.Departments.Length)],
                $"E{100000 + i}",
                Active: random.Next(100) >= 8,
                created,
                updated));
        }

        return users;
    }

    /// <summary>Null for a user made by hand; otherwise the first directory twice as likely as the second, and so on.</summary>
    public static DemoDirectory? Directory(IReadOnlyList<DemoDirectory> directories, Random random)
    {
        if (directories.Count == 0 || random.Next(100) < 2)
        {
            return null;
        }

        var roll = random.NextDouble() * (1 - Math.Pow(0.5, directories.Count));
        for (var k = 0; k < directories.Count; k++)
        {
            if ((roll -= Math.Pow(0.5, k + 1)) < 0)
            {
                return directories[k];
            }
        }

        return directories[^1];
    }

    /// <summary>Okta ids are a type prefix (00u users, 00g groups) and 17 characters; Entra sends the object id, a GUID.</summary>
    public static string ExternalId(DemoDirectory directory, string oktaPrefix, Random random)
    {
        if (directory.Provider == "OKTA")
        {
            return oktaPrefix + new string(random.GetItems(Alphanumerics.AsSpan(), 17));
        }

        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes).ToString();
    }
}
