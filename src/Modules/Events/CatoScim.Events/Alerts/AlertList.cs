using CatoScim.ModuleKit.GraphQL;

namespace CatoScim.Events.Alerts;

internal sealed record AlertList(IReadOnlyList<AlertRecord> Items, PageInfo Paging);
