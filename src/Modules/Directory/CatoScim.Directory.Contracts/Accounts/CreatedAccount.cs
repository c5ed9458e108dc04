namespace CatoScim.Directory.Contracts.Accounts;

/// <summary>A new account and its first EDITOR key, whose secret is shown here once and never stored.</summary>
public sealed record CreatedAccount(Guid AccountId, string Name, Guid KeyId, string ApiKey);
