using GraphQL.Types;

namespace CatoScim.ModuleKit.GraphQL;

public sealed class SortDirectionGraphType : EnumerationGraphType<SortDirection>
{
    public SortDirectionGraphType() => Name = "SortDirection";
}
