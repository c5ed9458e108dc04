namespace CatoScim.Bench;

/// <summary>
/// One selectable workload. A phase records into as many named stats as it likes via
/// <see cref="BenchContext.Stats"/>, so sub-steps (lookup vs. POST, first vs. last PATCHes) get their own rows.
/// </summary>
internal interface IBenchPhase
{
    string Name { get; }

    /// <summary>True when the phase works on the users made by the create phase.</summary>
    bool RequiresCreatedUsers { get; }

    /// <summary>False for a phase that sends no SCIM request, so a run of only such phases needs no SCIM directory.</summary>
    bool UsesScim => true;

    Task RunAsync(BenchContext context);
}
