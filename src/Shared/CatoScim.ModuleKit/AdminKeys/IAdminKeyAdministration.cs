using CatoScim.ModuleKit.GraphQL;

namespace CatoScim.ModuleKit.AdminKeys;

/// <summary>Operator access to an account's admin API keys, for callers outside GraphQL (the CLI).</summary>
public interface IAdminKeyAdministration
{
    /// <returns>null when the account does not exist.</returns>
    /// <exception cref="ArgumentException">The name or the expiry is not acceptable.</exception>
    Task<IssuedAdminKey?> IssueAsync(Guid accountId, string name, AdminRole role, DateTime? expiresAt, string actor, CancellationToken ct);

    /// <param name="actor">Who revokes it, for the audit trail (`cli`).</param>
    /// <returns>false when the account holds no such key.</returns>
    Task<bool> RevokeAsync(Guid accountId, Guid keyId, string actor, CancellationToken ct);

    /// <returns>null when the account does not exist; never a secret.</returns>
    Task<IReadOnlyList<AdminKeySummary>?> ListAsync(Guid accountId, CancellationToken ct);
}
