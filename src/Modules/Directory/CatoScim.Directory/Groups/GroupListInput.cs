using CatoScim.ModuleKit.GraphQL;

namespace CatoScim.Directory.Groups;

internal sealed class GroupListInput
{
    public GroupFilter? Filter { get; set; }
    public PagingInput? Paging { get; set; }
    public GroupSort? Sort { get; set; }
}
