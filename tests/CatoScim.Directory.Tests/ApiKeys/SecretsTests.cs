using CatoScim.Directory.ApiKeys;

namespace CatoScim.Directory.Tests.ApiKeys;

public sealed class SecretsTests
{
    [Fact]
    public void Secrets_are_unique_url_safe_and_stored_only_as_hash()
    {
        var (secret, prefix, hash) = Secrets.Generate("csk");
        var (other, _, otherHash) = Secrets.Generate("csk");

        Assert.StartsWith("csk_", secret, StringComparison.Ordinal);
        Assert.NotEqual(secret, other);
        Assert.NotEqual(hash, otherHash);
        Assert.True(secret.Length >= 40);
        Assert.All(secret, c => Assert.True(char.IsAsciiLetterOrDigit(c) || c is '_' or '-'));
        Assert.Equal(secret[..Secrets.PrefixLength], prefix);
        Assert.Equal(hash, Secrets.Hash(secret));
        Assert.Equal(32, hash.Length);
    }
}
