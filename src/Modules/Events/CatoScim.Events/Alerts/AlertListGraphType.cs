using CatoScim.ModuleKit.GraphQL;
using GraphQL.Types;

namespace CatoScim.Events.Alerts;

internal sealed class AlertListGraphType : ObjectGraphType<AlertList>
{
    public AlertListGraphType()
    {
        Name = "AlertList";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AlertGraphType>>>>("items").Resolve(ctx => ctx.Source.Items);
        Field<NonNullGraphType<PageInfoType>>("paging").Resolve(ctx => ctx.Source.Paging);
    }
}
