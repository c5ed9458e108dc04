using GraphQL.Types;

namespace CatoScim.Events.Alerts;

internal sealed class AlertKindGraphType : EnumerationGraphType<AlertKind>
{
    public AlertKindGraphType() => Name = "AlertKind";
}
