using System.Net.Http.Headers;
using System.Security.Cryptography;
using CatoScim.Directory.ApiKeys;
using CatoScim.Directory.Contracts.Scim;
using CatoScim.Directory.Persistence;
using CatoScim.Directory.Scim.Refusals;

namespace CatoScim.Directory.Scim.Auth;

/// <summary>
/// Bearer-token check for `/scim/v2/{accountId}/{directoryId}`. The client gets the same 401 whatever failed, so
/// nothing leaks across tenants; the reason is kept for the account's own records. Hashes are compared in constant
/// time, and the active tokens before any revoked one, so a valid token costs what it did before reasons existed.
/// </summary>
internal sealed class ScimAuthenticator(ScimCredentialCache cache)
{
    public async Task<ScimAuthOutcome> AuthenticateAsync(
        DirectoryDbContext db, string? authorization, Guid accountId, Guid directoryId, DateTime now, CancellationToken ct)
    {
        var credentials = await cache.GetAsync(db, directoryId, ct);
        if (credentials is null || credentials.AccountId != accountId)
        {
            return ScimAuthOutcome.Unattributed(ScimRefusalMetrics.UnknownDirectory);
        }

        if (credentials.Deleted)
        {
            return ScimAuthOutcome.Refused(ScimRefusalReasons.DirectoryDeleted, credentials);
        }

        if (!AuthenticationHeaderValue.TryParse(authorization, out var header)
            || !"Bearer".Equals(header.Scheme, StringComparison.OrdinalIgnoreCase)
            || string.IsNullOrWhiteSpace(header.Parameter))
        {
            return ScimAuthOutcome.Refused(ScimRefusalReasons.TokenMissing, credentials);
        }

        if (header.Parameter.Length > 200)
        {
            return ScimAuthOutcome.Refused(ScimRefusalReasons.TokenUnknown, credentials);
        }

        var presented = Secrets.Hash(header.Parameter.Trim());
        ScimCredentials.Token? matched = null;
        foreach (var token in credentials.Tokens)
        {
            if (CryptographicOperations.FixedTimeEquals(presented, token.Hash))
            {
                matched = token;
            }
        }

        return matched switch
        {
            null => ScimAuthOutcome.Refused(IsRevoked(credentials, presented) ? ScimRefusalReasons.TokenRevoked : ScimRefusalReasons.TokenUnknown, credentials),
            { ExpiresAt: { } expiresAt } when expiresAt <= now => ScimAuthOutcome.Refused(ScimRefusalReasons.TokenExpired, credentials),
            _ when !credentials.ScimEnabled => ScimAuthOutcome.Refused(ScimRefusalReasons.ScimDisabled, credentials),
            _ => ScimAuthOutcome.Accepted(matched.Id, credentials),
        };
    }

    private static bool IsRevoked(ScimCredentials credentials, byte[] presented)
    {
        var revoked = false;
        foreach (var hash in credentials.Revoked)
        {
            revoked |= CryptographicOperations.FixedTimeEquals(presented, hash);
        }

        return revoked;
    }
}
