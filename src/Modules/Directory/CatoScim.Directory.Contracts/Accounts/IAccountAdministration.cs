namespace CatoScim.Directory.Contracts.Accounts;

/// <summary>
/// Operator access to accounts, for callers outside Directory's GraphQL: the CLI, the first start, and other modules'
/// admin mutations that edit an account fact they show.
/// </summary>
public interface IAccountAdministration
{
    /// <summary>Creates the account with its first EDITOR key.</summary>
    /// <exception cref="ArgumentException">The name is empty or too long.</exception>
    Task<CreatedAccount> CreateAsync(string name, string actor, CancellationToken ct);

    /// <summary>First start on an empty database: creates the `default` account; null when any account exists.</summary>
    Task<CreatedAccount?> BootstrapAsync(CancellationToken ct);

    Task<IReadOnlyList<AccountSummary>> ListAsync(CancellationToken ct);

    /// <summary>
    /// Replaces the account's alert recipients for an admin API key exactly as `updateAccount(input: {alertRecipients})`
    /// does: same validation (a GraphQL VALIDATION error), audit record and AccountUpdated notification. Returns the
    /// recipients as saved (trimmed, duplicates dropped). <paramref name="recipientsField"/> is where the caller's client
    /// wrote the list (e.g. `input.recipients`): a refusal names it, or one of its items, in `extensions.field`.
    /// </summary>
    Task<IReadOnlyList<string>> UpdateAlertRecipientsAsync(Guid accountId, IReadOnlyList<string> recipients, string recipientsField, Guid apiKeyId,
        string apiKeyPrefix, string? clientAddress, CancellationToken ct);
}
