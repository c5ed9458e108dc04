namespace CatoScim.ModuleKit.GraphQL;

public sealed record Audit(DateTime CreatedAt, string CreatedBy, DateTime UpdatedAt, string UpdatedBy);
