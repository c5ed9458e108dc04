using CatoScim.ModuleKit.GraphQL;

namespace CatoScim.Directory.Groups;

internal sealed record GroupPage(IReadOnlyList<GroupView> Items, PageInfo Paging);
