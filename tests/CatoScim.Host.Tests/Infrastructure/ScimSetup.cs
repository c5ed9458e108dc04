using CatoScim.Directory.ApiKeys;
using CatoScim.Directory.Persistence;
using CatoScim.Directory.ScimDirectories;
using CatoScim.Directory.ScimDirectories.Tokens;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CatoScim.Host.Tests.Infrastructure;

public static class ScimSetup
{
    /// <summary>An account with SCIM enabled and one directory with one token, written straight to the database.</summary>
    public static async Task<ScimTestClient> CreateScimClientAsync(this CatoScimFactory factory, Guid? accountId = null, string provider = "Okta")
    {
        var account = accountId ?? (await factory.CreateAccountAsync($"acct-{Guid.NewGuid():N}")).AccountId;
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectoryDbContext>();
        await db.Accounts.Where(a => a.Id == account).ExecuteUpdateAsync(s => s.SetProperty(a => a.ScimEnabled, true));
        var now = factory.Time.GetUtcNow().UtcDateTime;
        var directory = new ScimDirectory
        {
            Id = Guid.CreateVersion7(),
            AccountId = account,
            Name = $"{provider} {Guid.NewGuid():N}",
            Provider = Enum.Parse<ScimProvider>(provider),
            CreatedAt = now,
            CreatedBy = "test",
            UpdatedAt = now,
            UpdatedBy = "test",
        };
        var (secret, prefix, hash) = Secrets.Generate("cst");
        db.ScimDirectories.Add(directory);
        db.ScimTokens.Add(new ScimToken { Id = Guid.CreateVersion7(), AccountId = account, DirectoryId = directory.Id, Prefix = prefix, SecretHash = hash, CreatedAt = now, CreatedBy = "test" });
        await db.SaveChangesAsync();
        return new ScimTestClient(factory.CreateClient(), $"/scim/v2/{account}/{directory.Id}", secret, account, directory.Id);
    }
}
