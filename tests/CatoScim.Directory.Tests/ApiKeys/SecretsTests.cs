using System.Security.Cryptography;
using System.Text;
using CatoScim.Directory.ApiKeys;

namespace CatoScim.Directory.Tests.ApiKeys;

/// <summary>What is generated; that only the hash is stored is proven on the database files in the Host tests.</summary>
public sealed class SecretsTests
{
    [Fact]
    public void Secrets_are_unique_url_safe_prefixed_and_hashed_with_sha256()
    {
        var (secret, prefix, hash) = Secrets.Generate("csk");
        var (other, _, otherHash) = Secrets.Generate("csk");

        Assert.StartsWith("csk_", secret, StringComparison.Ordinal);
        Assert.NotEqual(secret, other);
        Assert.NotEqual(hash, otherHash);
        Assert.True(secret.Length >= 40);
        Assert.All(secret, c => Assert.True(char.IsAsciiLetterOrDigit(c) || c is '_' or '-'));
        Assert.Equal(secret[..Secrets.PrefixLength], prefix);
        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes(secret)), hash);
        Assert.Equal(hash, Secrets.Hash(secret));
    }
}
