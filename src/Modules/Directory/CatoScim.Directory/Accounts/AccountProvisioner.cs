using CatoScim.Directory.ApiKeys;
using CatoScim.Directory.Auditing;
using CatoScim.Directory.Contracts.Accounts;
using CatoScim.Directory.Contracts.Audit;
using CatoScim.Directory.Persistence;
using CatoScim.ModuleKit.Audit;
using CatoScim.ModuleKit.GraphQL;
using CatoScim.ModuleKit.Outbox;
using CatoScim.ModuleKit.Text;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Directory.Accounts;

internal sealed class AccountProvisioner(DirectoryDbContext db, ApiKeyIssuer keys, TimeProvider time)
{
    public const string DefaultAccountName = "default";

    /// <summary>Creates the tenant with its first EDITOR key, in one transaction with its notification.</summary>
    public async Task<(Account Account, IssuedApiKey Key)> CreateAsync(string name, string actor, CancellationToken ct)
    {
        name = name.Trim();
        if (name.Length is 0 or > Account.NameMaxLength)
        {
            throw new ArgumentException($"An account name needs 1 to {Account.NameMaxLength} characters.", nameof(name));
        }

        if (Label.HasControlCharacters(name))
        {
            throw new ArgumentException(Label.ControlCharactersRefused("An account name"), nameof(name));
        }

        var now = time.GetUtcNow().UtcDateTime;
        var account = new Account
        {
            Id = Guid.CreateVersion7(),
            Name = name,
            UserIdentity = UserIdentity.Email,
            CreatedAt = now,
            CreatedBy = actor,
            UpdatedAt = now,
            UpdatedBy = actor,
        };
        db.Accounts.Add(account);
        db.Publish(new AccountCreated(account.Id, account.Name, account.AlertRecipients, now), now);
        var operatorActor = AuditActor.Operator(actor);
        db.Audit(operatorActor, account.Id, DirectoryAuditActions.AccountCreated, DirectoryAuditTargets.Account, account.Id, ["name"], now);
        var key = keys.Stage(account.Id, "first editor key", AdminRole.Editor, null, operatorActor);
        await db.SaveChangesAsync(ct);
        return (account, key);
    }

    /// <summary>First start on an empty database: the `default` account, whose key is printed once.</summary>
    public async Task<(Account Account, IssuedApiKey Key)?> BootstrapAsync(CancellationToken ct) =>
        await db.Accounts.AnyAsync(ct) ? null : await CreateAsync(DefaultAccountName, Actors.System, ct);
}
