namespace CatoScim.Directory.Scim.Auth;

/// <summary>
/// What authenticating one directory needs, cached briefly so a token check costs no query. `Revoked` holds the
/// hashes of recently revoked tokens, only to name why a request is refused; a directory that was deleted keeps
/// its account and revoked hashes (from its token rows, which outlive it) with `Deleted` set.
/// </summary>
internal sealed record ScimCredentials(
    Guid AccountId, bool ScimEnabled, IReadOnlyList<ScimCredentials.Token> Tokens, IReadOnlyList<byte[]> Revoked, bool Deleted, DateTime LoadedAt)
{
    public sealed record Token(Guid Id, byte[] Hash, DateTime? ExpiresAt);
}
