namespace CatoScim.Licensing.Seats;

internal sealed class SeatSort
{
    public SeatSortField Field { get; set; } = SeatSortField.AllocationOrder;
    public SeatSortDirection Direction { get; set; } = SeatSortDirection.Asc;
}
