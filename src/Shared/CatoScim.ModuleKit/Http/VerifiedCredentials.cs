using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace CatoScim.ModuleKit.Http;

/// <summary>
/// SHA-256s of credentials this host accepted lately, each under its scope (a SCIM directory, "graphql", ...).
/// IdPs send every tenant's provisioning from shared addresses, so a throttled address must still be served for a
/// credential that worked; only credentials found here may make a throttled address pay for a database read or a
/// PBKDF2. Remembering a credential never admits it: the caller checks it in full and forgets it when that fails.
/// </summary>
public sealed class VerifiedCredentials(TimeProvider time)
{
    /// <summary>Beyond this many the expired ones are dropped; only accepted credentials are ever added.</summary>
    public const int MaxRemembered = 10_000;

    /// <summary>Long enough for an IdP that provisions once a day to be known again on its next run.</summary>
    public static readonly TimeSpan RememberFor = TimeSpan.FromDays(2);

    private readonly ConcurrentDictionary<string, DateTimeOffset> _until = new(StringComparer.Ordinal);

    public bool Contains(string scope, string? credential) =>
        Key(scope, credential) is { } key && _until.TryGetValue(key, out var until) && time.GetUtcNow() < until;

    public void Remember(string scope, string? credential)
    {
        if (Key(scope, credential) is not { } key)
        {
            return;
        }

        var now = time.GetUtcNow();
        if (_until.Count >= MaxRemembered)
        {
            foreach (var (old, until) in _until)
            {
                if (now >= until)
                {
                    _until.TryRemove(old, out _);
                }
            }

            if (_until.Count >= MaxRemembered)
            {
                _until.Clear();
            }
        }

        _until[key] = now + RememberFor;
    }

    public void Forget(string scope, string? credential)
    {
        if (Key(scope, credential) is { } key)
        {
            _until.TryRemove(key, out _);
        }
    }

    private static string? Key(string scope, string? credential) =>
        string.IsNullOrWhiteSpace(credential) || credential.Length > 1024
            ? null
            : Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes($"{scope}\n{credential.Trim()}")));
}
