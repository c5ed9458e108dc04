using CatoScim.ModuleKit.GraphQL;
using GraphQL.Types;

namespace CatoScim.Events.Digests;

internal sealed class DigestListGraphType : ObjectGraphType<DigestList>
{
    public DigestListGraphType()
    {
        Name = "DigestList";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DigestGraphType>>>>("items").Resolve(ctx => ctx.Source.Items);
        Field<NonNullGraphType<PageInfoType>>("paging").Resolve(ctx => ctx.Source.Paging);
    }
}
