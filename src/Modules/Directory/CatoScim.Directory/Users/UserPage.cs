using CatoScim.ModuleKit.GraphQL;

namespace CatoScim.Directory.Users;

internal sealed record UserPage(IReadOnlyList<UserView> Items, PageInfo Paging);
