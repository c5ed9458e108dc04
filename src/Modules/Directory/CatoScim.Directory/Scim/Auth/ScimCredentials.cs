namespace CatoScim.Directory.Scim.Auth;

/// <summary>What authenticating one directory needs, cached briefly so a token check costs no query.</summary>
internal sealed record ScimCredentials(Guid AccountId, bool ScimEnabled, IReadOnlyList<ScimCredentials.Token> Tokens, DateTime LoadedAt)
{
    public sealed record Token(Guid Id, byte[] Hash, DateTime? ExpiresAt);
}
