using CatoScim.Directory.Contracts.Audit;
using CatoScim.Events.Audit;
using CatoScim.Licensing.Contracts.Audit;
using CatoScim.ModuleKit.Seeding;

namespace CatoScim.Events.Seeding;

/// <summary>A few admins' changes over the demo's month: licence rules, users, groups, tokens, keys and settings.</summary>
internal static class DemoAuditRecords
{
    private static readonly (string Action, string TargetType, string[] Fields)[] Changes =
    [
        (LicensingAuditActions.LicenseRuleCreated, LicensingAuditTargets.LicenseRule, ["kind", "subject"]),
        (LicensingAuditActions.LicensePoolUpdated, LicensingAuditTargets.LicensePool, ["total"]),
        (DirectoryAuditActions.UserUpdated, DirectoryAuditTargets.User, ["title", "department"]),
        (DirectoryAuditActions.UserDeleted, DirectoryAuditTargets.User, []),
        (DirectoryAuditActions.GroupMembersAdded, DirectoryAuditTargets.Group, ["members"]),
        (DirectoryAuditActions.ScimTokenIssued, DirectoryAuditTargets.ScimToken, ["name", "expiresAt"]),
        (DirectoryAuditActions.ApiKeyCreated, DirectoryAuditTargets.ApiKey, ["name", "role", "expiresAt"]),
        (DirectoryAuditActions.AccountUpdated, DirectoryAuditTargets.Account, ["alertRecipients"]),
    ];

    private static readonly string[] Admins = ["apikey:ck_7f3a21", "apikey:ck_19bd04", "apikey:ck_c2e8f7"];

    public static IEnumerable<AuditRecord> Generate(DemoDataset data, Random random)
    {
        var times = Enumerable.Range(0, data.AuditRecords)
            .Select(_ => data.Now.AddTicks(-(long)(random.NextDouble() * TimeSpan.FromDays(30).Ticks)))
            .OrderBy(t => t).ToList();
        foreach (var at in times)
        {
            var (action, target, fields) = Changes[random.Next(Changes.Length)];
            var admin = random.Next(Admins.Length);
            yield return new AuditRecord
            {
                Id = Guid.CreateVersion7(new DateTimeOffset(at)),
                AccountId = data.AccountId,
                OccurredAt = at,
                Actor = Admins[admin],
                ApiKeyPrefix = Admins[admin]["apikey:".Length..],
                Action = action,
                TargetType = target,
                TargetId = TargetId(data, target, random),
                ChangedFields = [.. fields],
                // RFC 5737 documentation addresses: nobody's real network.
                ClientAddress = $"203.0.113.{10 + admin}",
            };
        }
    }

    private static string? TargetId(DemoDataset data, string target, Random random) => target switch
    {
        DirectoryAuditTargets.User when data.Users.Count > 0 => data.Users[random.Next(data.Users.Count)].Id.ToString(),
        DirectoryAuditTargets.Group when data.Groups.Count > 0 => data.Groups[random.Next(data.Groups.Count)].Id.ToString(),
        DirectoryAuditTargets.Account => data.AccountId.ToString(),
        _ => Guid.CreateVersion7().ToString(),
    };
}
