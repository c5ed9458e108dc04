using CatoScim.ModuleKit.GraphQL;

namespace CatoScim.Directory.Groups;

internal sealed class GroupMembersInput
{
    public PagingInput? Paging { get; set; }
}
