namespace CatoScim.Licensing.Pool;

/// <summary>An account's SDP (ZTNA) seats; allocated and available are derived from assignments.</summary>
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
}
