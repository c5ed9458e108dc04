namespace CatoScim.Licensing.Seats;

internal enum SeatSortDirection
{
    Asc,
    Desc,
}
