namespace CatoScim.ModuleKit.Seeding;

/// <summary>
/// One generated account's worth of demo data, made once by the Host's `seed-demo` verb and handed to every module's
/// <see cref="IDemoSeeder"/>: each module writes its own tables, and its own copies of the others' facts, from the same
/// values, so the copies agree without a notification being sent.
/// </summary>
public sealed class DemoDataset
{
    public required Guid AccountId { get; init; }
    public required string AccountName { get; init; }

    /// <summary>The present the data is generated back from: every time in it lies before.</summary>
    public required DateTime Now { get; init; }

    /// <summary>Seeds the modules' own random choices (which events, which failures), so a run can be repeated.</summary>
    public required int RandomSeed { get; init; }

    public required IReadOnlyList<DemoDirectory> Directories { get; init; }
    public required IReadOnlyList<DemoUser> Users { get; init; }
    public required IReadOnlyList<DemoGroup> Groups { get; init; }
    public required DemoLicenseSetup Licenses { get; init; }

    /// <summary>How many provisioning events the Events module writes over the data's time span.</summary>
    public required int Events { get; init; }

    /// <summary>How many admin audit records the Events module writes.</summary>
    public required int AuditRecords { get; init; }

    /// <summary>
    /// Filled by Licensing's seeder, which runs first: ASSIGNED or PENDING per covered user (absent means NONE), and
    /// the pool version they were decided at, for Directory's copy of the licence status.
    /// </summary>
    public Dictionary<Guid, string> LicenseStatuses { get; } = [];

    public long LicenseStatusVersion { get; set; }
}
