using CatoScim.ModuleKit.GraphQL;

namespace CatoScim.Licensing.Seats;

internal sealed record SeatPage(IReadOnlyList<SeatView> Items, PageInfo Paging);
