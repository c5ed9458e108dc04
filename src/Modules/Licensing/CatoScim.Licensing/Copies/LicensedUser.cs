namespace CatoScim.Licensing.Copies;

/// <summary>Licensing's own copy of a Directory user, fed by user notifications (never read from Directory's tables).</summary>
internal sealed class LicensedUser
{
    public Guid UserId { get; init; }
    public Guid AccountId { get; init; }
    public string UserName { get; set; } = "";
    public string Origin { get; set; } = "";
    public bool Active { get; set; }
    public bool Deleted { get; set; }

    /// <summary>Notifications arrive in order, but an older one must never overwrite a newer state after a redelivery.</summary>
    public DateTime UpdatedAt { get; set; }
}
