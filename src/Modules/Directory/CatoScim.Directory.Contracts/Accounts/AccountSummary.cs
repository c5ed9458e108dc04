namespace CatoScim.Directory.Contracts.Accounts;

public sealed record AccountSummary(Guid Id, string Name, bool ScimEnabled, DateTime CreatedAt, string CreatedBy, int ActiveApiKeys);
