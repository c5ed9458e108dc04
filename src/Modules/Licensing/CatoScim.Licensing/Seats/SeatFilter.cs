namespace CatoScim.Licensing.Seats;

internal sealed class SeatFilter
{
    public SeatStatus? Status { get; set; }
    public string? UserName { get; set; }
}
