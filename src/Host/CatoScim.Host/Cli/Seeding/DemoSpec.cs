namespace CatoScim.Host.Cli.Seeding;

/// <summary>What `seed-demo` was asked for. `Tag` makes names unique beside an earlier run's (`--force`); empty otherwise.</summary>
internal sealed record DemoSpec(
    Guid AccountId,
    string AccountName,
    int Users,
    int Groups,
    int Events,
    IReadOnlyList<string> DirectoryNames,
    int RandomSeed,
    string Tag);
