using System.Text;
using CatoScim.Directory.ApiKeys;
using CatoScim.Host.Tests.GraphQL;
using CatoScim.Host.Tests.Infrastructure;

namespace CatoScim.Host.Tests.Persistence;

/// <summary>Admin API keys and SCIM tokens are shown once: no database file (nor its WAL) holds the secret itself.</summary>
public sealed class SecretStorageTests
{
    [Fact]
    public async Task Api_key_and_scim_token_secrets_are_stored_only_as_hashes()
    {
        var dataDir = TestFolders.New();
        string apiKey, token;
        await using (var factory = new CatoScimFactory(dataDir))
        {
            Guid accountId;
            (accountId, apiKey) = await factory.CreateAccountAsync("acme");
            var client = factory.GraphQL(apiKey);
            var directory = await DirectoryAdminCalls.CreateDirectoryAsync(client, accountId, "Okta");
            (_, token) = await DirectoryAdminCalls.CreateTokenAsync(client, accountId, directory);
        }

        var files = System.IO.Directory.GetFiles(dataDir, "*", SearchOption.AllDirectories);
        var stored = string.Concat(files.Select(f => Encoding.UTF8.GetString(ReadShared(f))));
        foreach (var secret in new[] { apiKey, token })
        {
            // The prefix is kept to find the row, so finding it shows the scan reads the rows the secret would be in.
            Assert.Contains(secret[..Secrets.PrefixLength], stored, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, stored, StringComparison.Ordinal);
        }
    }

    private static byte[] ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
