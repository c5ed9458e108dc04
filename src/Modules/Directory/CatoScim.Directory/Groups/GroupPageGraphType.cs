using CatoScim.ModuleKit.GraphQL;
using GraphQL.Types;

namespace CatoScim.Directory.Groups;

internal sealed class GroupPageGraphType : ObjectGraphType<GroupPage>
{
    public GroupPageGraphType()
    {
        Name = "GroupPage";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GroupGraphType>>>>("items").Resolve(ctx => ctx.Source.Items);
        Field<NonNullGraphType<PageInfoType>>("paging").Resolve(ctx => ctx.Source.Paging);
    }
}
