namespace CatoScim.ModuleKit.GraphQL;

/// <summary>The source object of a per-domain entry point such as `directory(accountId:)`, after access was checked.</summary>
public sealed record AccountScope(Guid AccountId, AdminPrincipal Principal);
