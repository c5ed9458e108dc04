using CatoScim.ModuleKit.Seeding;

namespace CatoScim.Host.Cli.Seeding;

/// <summary>
/// Makes a month of an account's life from a seed: SCIM directories, users (most provisioned by them, some disabled, a
/// few made by hand), groups of very different sizes, and licence rules that cover more users than the seats bought.
/// The same seed gives the same people, groups and rules.
/// </summary>
internal static class DemoDataGenerator
{
    public const int SpanDays = 30;

    public static DemoDataset Generate(DemoSpec spec, DateTime now)
    {
        var random = new Random(spec.RandomSeed);
        var start = now.AddDays(-SpanDays);
        var directories = spec.DirectoryNames
            .Select((name, i) => new DemoDirectory(Guid.CreateVersion7(new DateTimeOffset(start.AddMinutes(i))), name, i % 2 == 0 ? "OKTA" : "ENTRA", start.AddMinutes(i)))
            .ToList();
        var users = DemoUserGenerator.Generate(spec, directories, random, start, now);
        var groups = DemoGroupGenerator.Generate(spec, directories, users, random, start, now);
        return new DemoDataset
        {
            AccountId = spec.AccountId,
            AccountName = spec.AccountName,
            Now = now,
            RandomSeed = spec.RandomSeed,
            Directories = directories,
            Users = users,
            Groups = groups,
            Licenses = DemoLicensePlanner.Plan(users, groups, random, now.AddDays(-(SpanDays - 5))),
            Events = spec.Events,
            AuditRecords = spec.Events / 200,
        };
    }
}
