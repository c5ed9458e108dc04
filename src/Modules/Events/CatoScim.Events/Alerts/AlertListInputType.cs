using CatoScim.ModuleKit.GraphQL;
using GraphQL.Types;

namespace CatoScim.Events.Alerts;

internal sealed class AlertListInputType : InputObjectGraphType<AlertListInput>
{
    public AlertListInputType()
    {
        Name = "AlertListInput";
        Field<PagingInputType>("paging");
    }
}
