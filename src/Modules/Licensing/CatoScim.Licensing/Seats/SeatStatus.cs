namespace CatoScim.Licensing.Seats;

internal enum SeatStatus
{
    Assigned = 0,
    Pending = 1,
}
