using GraphQL.Types;

namespace CatoScim.ModuleKit.GraphQL;

public sealed class PagingInputType : InputObjectGraphType<PagingInput>
{
    public PagingInputType()
    {
        Name = "PagingInput";
        Field(p => p.From, nullable: true).DefaultValue(0).Description("Zero-based offset.");
        Field(p => p.Limit, nullable: true).DefaultValue(50).Description($"Page size, 1 to {PagingInput.MaxLimit}.");
    }
}
