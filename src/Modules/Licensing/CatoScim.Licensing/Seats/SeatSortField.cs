namespace CatoScim.Licensing.Seats;

internal enum SeatSortField
{
    /// <summary>Holders first, then the waiting line in the order seats will be handed out.</summary>
    AllocationOrder,
    Since,
    UserName,
}
