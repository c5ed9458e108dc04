namespace CatoScim.Directory.Contracts.Accounts;

/// <summary>Operator access to accounts, for callers outside GraphQL: the CLI and the first start.</summary>
public interface IAccountAdministration
{
    /// <summary>Creates the account with its first EDITOR key.</summary>
    /// <exception cref="ArgumentException">The name is empty or too long.</exception>
    Task<CreatedAccount> CreateAsync(string name, string actor, CancellationToken ct);

    /// <summary>First start on an empty database: creates the `default` account; null when any account exists.</summary>
    Task<CreatedAccount?> BootstrapAsync(CancellationToken ct);

    Task<IReadOnlyList<AccountSummary>> ListAsync(CancellationToken ct);
}
