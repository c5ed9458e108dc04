namespace CatoScim.ModuleKit.Seeding;

/// <summary>
/// A module's part of `seed-demo`: it writes its share of a <see cref="DemoDataset"/> into its own tables with its own
/// code, in large batched transactions, without publishing a notification per row.
/// </summary>
public interface IDemoSeeder
{
    /// <summary>The module's name, as `status` prints it.</summary>
    string Module { get; }

    /// <summary>
    /// Seeders run in ascending order: Licensing decides the licence statuses before Directory keeps its copy of them,
    /// and Events writes last.
    /// </summary>
    int Order { get; }

    /// <summary>Why this module would refuse to add demo data to the account without `--force`; null when it would not.</summary>
    Task<string?> RefusalAsync(Guid accountId, CancellationToken ct);

    /// <summary>Rows written, per table.</summary>
    Task<IReadOnlyDictionary<string, int>> SeedAsync(DemoDataset data, CancellationToken ct);
}
