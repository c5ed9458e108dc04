using CatoScim.ModuleKit.GraphQL;

namespace CatoScim.Licensing.Seats;

internal sealed class SeatSort
{
    public SeatSortField Field { get; set; } = SeatSortField.AllocationOrder;
    public SortDirection Direction { get; set; } = SortDirection.Asc;
}
