using GraphQL.Types;

namespace CatoScim.ModuleKit.GraphQL;

public sealed class PageInfoType : ObjectGraphType<PageInfo>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Field(p => p.Total).Description("Items matching the filter, over all pages.");
    }
}
