using CatoScim.ModuleKit.GraphQL;

namespace CatoScim.ModuleKit.AdminKeys;

/// <summary>Turns the admin API key a caller presents into who it is; the module that stores the keys implements it.</summary>
public interface IAdminKeyAuthenticator
{
    /// <returns>null when the key is missing, unknown, revoked or expired.</returns>
    Task<AdminPrincipal?> AuthenticateAsync(string? presented, CancellationToken ct);
}
