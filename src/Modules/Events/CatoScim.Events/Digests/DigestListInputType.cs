using CatoScim.ModuleKit.GraphQL;
using GraphQL.Types;

namespace CatoScim.Events.Digests;

internal sealed class DigestListInputType : InputObjectGraphType<DigestListInput>
{
    public DigestListInputType()
    {
        Name = "DigestListInput";
        Field<PagingInputType>("paging");
    }
}
