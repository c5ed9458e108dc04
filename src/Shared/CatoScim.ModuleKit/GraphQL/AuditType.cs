using GraphQL.Types;

namespace CatoScim.ModuleKit.GraphQL;

public sealed class AuditType : ObjectGraphType<Audit>
{
    public AuditType()
    {
        Name = "Audit";
        Description = "When an object was created and last changed, and by whom: `apikey:{prefix}` (the admin API), `cli` (the operator CLI), "
            + "`scim:{directoryId}` (an IdP over SCIM), `system` (the service itself, e.g. unlinking users when their directory is deleted) "
            + "or `unknown` (stored before authors were recorded).";
        Field(a => a.CreatedAt);
        Field(a => a.CreatedBy);
        Field(a => a.UpdatedAt);
        Field(a => a.UpdatedBy);
    }
}
