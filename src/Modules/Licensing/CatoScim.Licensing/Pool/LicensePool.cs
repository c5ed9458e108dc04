namespace CatoScim.Licensing.Pool;

/// <summary>
/// An account's SDP (ZTNA) seats. `Allocated` and `Pending` are counters the seat engine keeps exact: it changes seats
/// only after bumping `Version`, which takes the write lock, so every count check and change of an account is serialized.
/// </summary>
internal sealed class LicensePool
{
    public const string ZtnaSku = "ZTNA_USERS";

    public Guid AccountId { get; init; }
    public string Sku { get; init; } = ZtnaSku;
    public int Total { get; set; }
    public DateTime? TermStart { get; set; }
    public DateTime? TermEnd { get; set; }
    public DateTime CreatedAt { get; init; }
    public DateTime UpdatedAt { get; set; }
    public long Version { get; set; }
    public int Allocated { get; set; }
    public int Pending { get; set; }

    /// <summary>Set when users started waiting (LicensePoolExhausted published); cleared when a seat is free and nobody waits.</summary>
    public bool Exhausted { get; set; }

    /// <summary>Whether a deactivated user gives their seat back.</summary>
    public bool ReleaseOnDisable { get; set; } = true;

    /// <summary>
    /// When every seat's status was published as UserLicenseStatusChanged. Null only for pools from before that
    /// notification existed, which <c>LicenseStatusBackfill</c> publishes once; a new pool has nothing to publish.
    /// </summary>
    public DateTime? StatusesPublishedAt { get; set; }

    public int Available => Math.Max(0, Total - Allocated);
}
