using CatoScim.ModuleKit.GraphQL;

namespace CatoScim.ModuleKit.Audit;

/// <summary>
/// Who made a change, as `CreatedBy`/`UpdatedBy` columns and audit records store it: `apikey:{prefix}` for the admin
/// API (<see cref="AdminPrincipal.Actor"/>), `scim:{directoryId}` for an IdP over SCIM (Directory's ScimActor), and the
/// names below. They are stored, so they never change.
/// </summary>
public static class Actors
{
    /// <summary>The operator CLI, which runs without an API key.</summary>
    public const string Cli = "cli";

    /// <summary>The service itself: the first start, or a consequence of another change (a rule orphaned, users unlinked).</summary>
    public const string System = "system";

    /// <summary>Written only by the migrations that added the columns, for rows whose author was never recorded.</summary>
    public const string Unknown = "unknown";

    /// <summary>Width of every `CreatedBy`/`UpdatedBy` column.</summary>
    public const int MaxLength = 100;
}
