using GraphQL.Types;

namespace CatoScim.ModuleKit.GraphQL;

public sealed class AuditType : ObjectGraphType<Audit>
{
    public AuditType()
    {
        Name = "Audit";
        Field(a => a.CreatedAt);
        Field(a => a.CreatedBy);
        Field(a => a.UpdatedAt);
        Field(a => a.UpdatedBy);
    }
}
