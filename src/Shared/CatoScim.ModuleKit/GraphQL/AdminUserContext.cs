namespace CatoScim.ModuleKit.GraphQL;

public sealed class AdminUserContext : Dictionary<string, object?>
{
    public AdminUserContext(AdminPrincipal principal, string publicOrigin)
    {
        Principal = principal;
        PublicOrigin = publicOrigin;
    }

    public AdminPrincipal Principal { get; }

    /// <summary>Scheme and host that outside clients use to reach us (configurable for deployments behind a proxy).</summary>
    public string PublicOrigin { get; }
}
