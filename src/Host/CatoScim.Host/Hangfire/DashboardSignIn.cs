using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace CatoScim.Host.Hangfire;

/// <summary>
/// Checks the dashboard's Basic credentials. PBKDF2 is slow on purpose, and a dashboard page polls every few
/// seconds, so a verified header is remembered for <see cref="VerifiedFor"/> under a SHA-256 of the header and of
/// the configured user and hash: changing the configuration or the password never matches an old entry.
/// </summary>
internal sealed class DashboardSignIn(IConfiguration configuration, TimeProvider time)
{
    private const int MaxRemembered = 64;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _verified = new(StringComparer.Ordinal);

    public TimeSpan VerifiedFor { get; } = configuration.GetValue("Hangfire:Dashboard:SignInCache", TimeSpan.FromMinutes(1));

    public bool IsValid(string? header)
    {
        var user = configuration["Hangfire:Dashboard:Username"];
        var hash = configuration["Hangfire:Dashboard:PasswordHash"];
        if (string.IsNullOrEmpty(user) || string.IsNullOrEmpty(hash) || string.IsNullOrEmpty(header) || header.Length > 1024)
        {
            return false;
        }

        var key = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes($"{header}\n{user}\n{hash}")));
        var now = time.GetUtcNow();
        if (_verified.TryGetValue(key, out var until) && now < until)
        {
            return true;
        }

        if (!Verify(header, user, hash))
        {
            return false;
        }

        if (_verified.Count >= MaxRemembered)
        {
            _verified.Clear();
        }

        _verified[key] = now + VerifiedFor;
        return true;
    }

    private static bool Verify(string header, string user, string hash)
    {
        if (!AuthenticationHeaderValue.TryParse(header, out var value)
            || !"Basic".Equals(value.Scheme, StringComparison.OrdinalIgnoreCase) || value.Parameter is null)
        {
            return false;
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(value.Parameter));
        }
        catch (FormatException)
        {
            return false;
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return false;
        }

        var userMatches = CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(decoded[..colon]), Encoding.UTF8.GetBytes(user));
        return DashboardCredentials.Verify(decoded[(colon + 1)..], hash) && userMatches;
    }
}
