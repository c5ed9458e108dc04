using CatoScim.Directory.Contracts;
using CatoScim.Licensing.Contracts.Audit;
using CatoScim.Licensing.Contracts.Seats;
using CatoScim.Licensing.Persistence;
using CatoScim.Licensing.Seats;
using CatoScim.ModuleKit.Audit;
using CatoScim.ModuleKit.GraphQL;
using CatoScim.ModuleKit.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CatoScim.Licensing.Rules;

/// <summary>Creates and deletes rules; the users they cover are re-evaluated in the same seat transaction.</summary>
internal sealed class RuleEditor(LicensingDbContext db, SeatTransaction seats, SeatEngine engine, TimeProvider time)
{
    public async Task<LicenseRule> CreateAsync(AccountScope scope, LicenseRuleKind kind, string? userId, string? groupId, CancellationToken ct)
    {
        var accountId = scope.AccountId;
        var now = time.GetUtcNow().UtcDateTime;
        var actor = scope.Principal.Actor;
        var rule = new LicenseRule
        {
            Id = Guid.CreateVersion7(),
            AccountId = accountId,
            Kind = kind,
            CreatedAt = now,
            CreatedBy = actor,
            UpdatedAt = now,
            UpdatedBy = actor,
        };
        await seats.RunAsync(accountId, now, async pool =>
        {
            rule = await ValidateAsync(rule, userId, groupId, ct);
            db.Rules.Add(rule);
            await engine.EvaluateAsync(pool, await CoveredByAsync(rule, ct), LicenseReleaseReasons.NotCovered, now, ct);
            await engine.FillAsync(pool, now, ct);
            Audit(scope, LicensingAuditActions.LicenseRuleCreated, rule,
                ChangedFields.Of(("kind", true), ("userId", rule.UserId is not null), ("groupId", rule.GroupId is not null)), now);
            return true;
        }, ct);
        return rule;
    }

    public async Task<LicenseRule> DeleteAsync(AccountScope scope, string? ruleId, CancellationToken ct)
    {
        var accountId = scope.AccountId;
        var now = time.GetUtcNow().UtcDateTime;
        LicenseRule? rule = null;
        await seats.RunAsync(accountId, now, async pool =>
        {
            rule = Guid.TryParse(ruleId, out var id) ? await db.Rules.SingleOrDefaultAsync(r => r.Id == id && r.AccountId == accountId, ct) : null;
            if (rule is null)
            {
                throw GraphQLErrors.NotFound($"No licence rule {ruleId} in this account.");
            }

            var users = await CoveredByAsync(rule, ct);
            db.Rules.Remove(rule);
            if (rule.OrphanedAt is not null)
            {
                // The deleted group's copy was kept only to name it on this rule.
                await db.Groups.Where(g => g.GroupId == rule.Subject && g.DeletedAt != null).ExecuteDeleteAsync(ct);
            }

            await engine.EvaluateAsync(pool, users, LicenseReleaseReasons.NotCovered, now, ct);
            await engine.FillAsync(pool, now, ct);
            Audit(scope, LicensingAuditActions.LicenseRuleDeleted, rule, [], now);
            return true;
        }, ct);
        return rule!;
    }

    /// <summary>Staged last, after everything that can refuse: the seat transaction's SaveChanges commits it with the change.</summary>
    private void Audit(AccountScope scope, string action, LicenseRule rule, IReadOnlyList<string> changedFields, DateTime now) =>
        db.Publish(AdminChangeAudited.By(scope.Principal, action, LicensingAuditTargets.LicenseRule, rule.Id.ToString(), changedFields, now), now);

    private async Task<LicenseRule> ValidateAsync(LicenseRule rule, string? userId, string? groupId, CancellationToken ct)
    {
        Guid? subject = rule.Kind switch
        {
            LicenseRuleKind.User when groupId is not null => throw GraphQLErrors.Validation("input.groupId", "A USER rule takes userId, not groupId."),
            LicenseRuleKind.User => await KnownUserAsync(rule.AccountId, userId, ct),
            LicenseRuleKind.Group when userId is not null => throw GraphQLErrors.Validation("input.userId", "A GROUP rule takes groupId, not userId."),
            LicenseRuleKind.Group => await KnownGroupAsync(rule.AccountId, groupId, ct),
            _ when userId is not null || groupId is not null => throw GraphQLErrors.Validation(
                userId is not null ? "input.userId" : "input.groupId", "An ALL_SCIM_USERS rule takes neither userId nor groupId."),
            _ => null,
        };
        var key = subject ?? Guid.Empty;
        if (await db.Rules.AnyAsync(r => r.AccountId == rule.AccountId && r.Kind == rule.Kind && r.Subject == key, ct))
        {
            var field = rule.Kind switch
            {
                LicenseRuleKind.User => "input.userId",
                LicenseRuleKind.Group => "input.groupId",
                _ => "input.kind",
            };
            throw GraphQLErrors.Conflict(field, "Duplicate rule: an identical licence rule already exists.");
        }

        return new LicenseRule
        {
            Id = rule.Id,
            AccountId = rule.AccountId,
            Kind = rule.Kind,
            CreatedAt = rule.CreatedAt,
            CreatedBy = rule.CreatedBy,
            UpdatedAt = rule.UpdatedAt,
            UpdatedBy = rule.UpdatedBy,
            Subject = key,
            UserId = rule.Kind == LicenseRuleKind.User ? subject : null,
            GroupId = rule.Kind == LicenseRuleKind.Group ? subject : null,
        };
    }

    private async Task<Guid> KnownUserAsync(Guid accountId, string? raw, CancellationToken ct)
    {
        if (raw is null)
        {
            throw GraphQLErrors.Validation("input.userId", "A USER rule needs userId.");
        }

        return Guid.TryParse(raw, out var id) && await db.Users.AnyAsync(u => u.UserId == id && u.AccountId == accountId && !u.Deleted, ct)
            ? id
            : throw GraphQLErrors.Validation("input.userId", $"Unknown user {raw}.");
    }

    private async Task<Guid> KnownGroupAsync(Guid accountId, string? raw, CancellationToken ct)
    {
        if (raw is null)
        {
            throw GraphQLErrors.Validation("input.groupId", "A GROUP rule needs groupId.");
        }

        return Guid.TryParse(raw, out var id) && await db.Groups.AnyAsync(g => g.GroupId == id && g.AccountId == accountId && g.DeletedAt == null, ct)
            ? id
            : throw GraphQLErrors.Validation("input.groupId", $"Unknown group {raw}.");
    }

    private async Task<List<Guid>> CoveredByAsync(LicenseRule rule, CancellationToken ct) => rule.Kind switch
    {
        LicenseRuleKind.User => [rule.Subject],
        LicenseRuleKind.Group => await db.Memberships.Where(m => m.GroupId == rule.Subject).Select(m => m.UserId).ToListAsync(ct),
        _ => await db.Users.Where(u => u.AccountId == rule.AccountId && u.Origin == Origins.Scim && !u.Deleted).Select(u => u.UserId).ToListAsync(ct),
    };
}
