using System.Security.Cryptography;
using System.Text;

namespace CatoScim.Directory.ApiKeys;

/// <summary>
/// Shown-once bearer secrets (admin API keys, SCIM tokens): 256 random bits, so a plain SHA-256 is enough to store
/// them (no dictionary to attack); the readable prefix lets admins tell keys apart without the secret.
/// </summary>
internal static class Secrets
{
    public const int PrefixLength = 12;

    public static (string Secret, string Prefix, byte[] Hash) Generate(string kind)
    {
        var secret = $"{kind}_{Base64Url(RandomNumberGenerator.GetBytes(32))}";
        return (secret, secret[..PrefixLength], Hash(secret));
    }

    public static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
