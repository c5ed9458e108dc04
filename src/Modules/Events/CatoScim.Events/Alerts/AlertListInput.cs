using CatoScim.ModuleKit.GraphQL;

namespace CatoScim.Events.Alerts;

internal sealed class AlertListInput
{
    public PagingInput? Paging { get; set; }
}
