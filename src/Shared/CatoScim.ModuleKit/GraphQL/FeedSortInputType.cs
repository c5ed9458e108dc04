using GraphQL.Types;

namespace CatoScim.ModuleKit.GraphQL;

public sealed class FeedSortInputType : InputObjectGraphType<FeedSort>
{
    public FeedSortInputType()
    {
        Name = "FeedSortInput";
        Field<SortDirectionGraphType>("direction").DefaultValue(SortDirection.Desc).Description("By time, then id.");
    }
}
