namespace CatoScim.Directory.Scim.Auth;

/// <summary>
/// What the gate learnt about a request's credentials. A refusal is attributed to <see cref="Directory"/> when the URL
/// names a directory of that account (existing, or deleted within the refusal memory); otherwise it has none and is
/// only counted in metrics, so nothing about one tenant is recorded for a request that did not prove it knows it.
/// </summary>
internal readonly record struct ScimAuthOutcome(Guid TokenId, string? Refusal, ScimCredentials? Directory)
{
    public static ScimAuthOutcome Unattributed(string reason) => new(Guid.Empty, reason, null);

    public static ScimAuthOutcome Refused(string reason, ScimCredentials directory) => new(Guid.Empty, reason, directory);

    public static ScimAuthOutcome Accepted(Guid tokenId, ScimCredentials directory) => new(tokenId, null, directory);
}
