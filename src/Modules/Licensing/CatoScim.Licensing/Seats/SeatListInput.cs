using CatoScim.ModuleKit.GraphQL;

namespace CatoScim.Licensing.Seats;

internal sealed class SeatListInput
{
    public SeatFilter? Filter { get; set; }
    public PagingInput? Paging { get; set; }
    public SeatSort? Sort { get; set; }
}
