namespace CatoScim.Licensing.Seats;

/// <summary>A seat with its user's name, as the assignment list filters and sorts it in SQL.</summary>
internal sealed class SeatRow
{
    public SeatAssignment Seat { get; init; } = null!;
    public string UserName { get; init; } = "";
}
