namespace CatoScim.ModuleKit.GraphQL;

/// <summary>Who is calling the admin API: the API key's account and role, and the client address for the audit trail.</summary>
public sealed record AdminPrincipal(Guid AccountId, AdminRole Role, Guid KeyId, string KeyPrefix)
{
    public string Actor => $"apikey:{KeyPrefix}";

    public string? ClientAddress { get; init; }
}
