using System.Net.Http.Headers;
using System.Security.Cryptography;
using CatoScim.Directory.ApiKeys;
using CatoScim.Directory.Persistence;

namespace CatoScim.Directory.Scim.Auth;

/// <summary>
/// Bearer-token check for `/scim/v2/{accountId}/{directoryId}`. Every failure is the same 401, whether the account,
/// directory or token is wrong, so nothing leaks across tenants; hashes are compared in constant time.
/// </summary>
internal sealed class ScimAuthenticator(ScimCredentialCache cache, ScimUsageRecorder usage, TimeProvider time)
{
    public async Task<Guid?> AuthenticateAsync(DirectoryDbContext db, string? authorization, Guid accountId, Guid directoryId, CancellationToken ct)
    {
        if (!AuthenticationHeaderValue.TryParse(authorization, out var header)
            || !"Bearer".Equals(header.Scheme, StringComparison.OrdinalIgnoreCase)
            || string.IsNullOrWhiteSpace(header.Parameter) || header.Parameter.Length > 200)
        {
            return null;
        }

        var credentials = await cache.GetAsync(db, directoryId, ct);
        if (credentials is null || credentials.AccountId != accountId || !credentials.ScimEnabled)
        {
            return null;
        }

        var presented = Secrets.Hash(header.Parameter.Trim());
        var now = time.GetUtcNow().UtcDateTime;
        Guid? matched = null;
        foreach (var token in credentials.Tokens)
        {
            if (CryptographicOperations.FixedTimeEquals(presented, token.Hash) && (token.ExpiresAt is null || token.ExpiresAt > now))
            {
                matched = token.Id;
            }
        }

        if (matched is { } tokenId)
        {
            await usage.RecordAsync(db, directoryId, tokenId, now, ct);
        }

        return matched;
    }
}
