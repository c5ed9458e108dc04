using System.Net.Http.Headers;
using System.Security.Cryptography;
using CatoScim.Directory.ApiKeys;
using CatoScim.Directory.Contracts.Scim;
using CatoScim.Directory.Persistence;
using CatoScim.Directory.Scim.Refusals;
using CatoScim.ModuleKit.Http;

namespace CatoScim.Directory.Scim.Auth;

/// <summary>
/// Bearer-token check for `/scim/v2/{accountId}/{directoryId}`. The client gets the same 401 whatever failed, so
/// nothing leaks across tenants; the reason is kept for the account's own records. Hashes are compared in constant
/// time, and the active tokens before any revoked one, so a valid token costs what it did before reasons existed.
/// </summary>
internal sealed class ScimAuthenticator(ScimCredentialCache cache, VerifiedCredentials verified)
{
    /// <param name="throttled">
    /// The client address is over its failure burst: its credentials are checked only if that costs no query (the
    /// directory's entry is fresh in the cache, or the token worked for this directory lately); anything else is
    /// refused as <see cref="ScimRefusalMetrics.AddressThrottled"/> without looking further.
    /// </param>
    public async Task<ScimAuthOutcome> AuthenticateAsync(
        DirectoryDbContext db, string? authorization, Guid accountId, Guid directoryId, DateTime now, bool throttled, CancellationToken ct)
    {
        var bearer = Bearer(authorization);
        var scope = directoryId.ToString("N");
        ScimCredentials? credentials;
        if (!throttled || verified.Contains(scope, bearer))
        {
            credentials = await cache.GetAsync(db, directoryId, ct);
        }
        else if (!cache.TryGetFresh(directoryId, out credentials))
        {
            return ScimAuthOutcome.Unattributed(ScimRefusalMetrics.AddressThrottled);
        }

        var outcome = Check(credentials, bearer, accountId, now);
        if (outcome.Refusal is null)
        {
            verified.Remember(scope, bearer);
        }
        else
        {
            verified.Forget(scope, bearer);
        }

        return outcome;
    }

    private static ScimAuthOutcome Check(ScimCredentials? credentials, string? bearer, Guid accountId, DateTime now)
    {
        if (credentials is null || credentials.AccountId != accountId)
        {
            return ScimAuthOutcome.Unattributed(ScimRefusalMetrics.UnknownDirectory);
        }

        if (credentials.Deleted)
        {
            return ScimAuthOutcome.Refused(ScimRefusalReasons.DirectoryDeleted, credentials);
        }

        if (bearer is null)
        {
            return ScimAuthOutcome.Refused(ScimRefusalReasons.TokenMissing, credentials);
        }

        if (bearer.Length > 200)
        {
            return ScimAuthOutcome.Refused(ScimRefusalReasons.TokenUnknown, credentials);
        }

        var presented = Secrets.Hash(bearer.Trim());
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

    private static string? Bearer(string? authorization) =>
        AuthenticationHeaderValue.TryParse(authorization, out var header)
        && "Bearer".Equals(header.Scheme, StringComparison.OrdinalIgnoreCase)
        && !string.IsNullOrWhiteSpace(header.Parameter)
            ? header.Parameter
            : null;

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
