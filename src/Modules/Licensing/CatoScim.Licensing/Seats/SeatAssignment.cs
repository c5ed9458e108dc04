using CatoScim.Licensing.Rules;

namespace CatoScim.Licensing.Seats;

/// <summary>A covered, eligible user: holding a seat (ASSIGNED) or waiting for one (PENDING). Uncovered users have no row.</summary>
internal sealed class SeatAssignment
{
    public Guid AccountId { get; init; }
    public Guid UserId { get; init; }
    public SeatStatus Status { get; set; }
    public LicenseRuleKind Via { get; set; }

    /// <summary>When the user became covered; orders the waiting line within a tier.</summary>
    public DateTime CoveredAt { get; set; }

    /// <summary>When the current status began.</summary>
    public DateTime Since { get; set; }
}
