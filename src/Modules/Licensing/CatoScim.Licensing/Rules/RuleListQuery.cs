namespace CatoScim.Licensing.Rules;

/// <summary>The rule list's filter as expressions EF translates to SQL; every condition keeps the (AccountId, Kind, Subject) index usable.</summary>
internal static class RuleListQuery
{
    public static IQueryable<LicenseRule> Filter(IQueryable<LicenseRule> rules, LicenseRuleFilter? filter)
    {
        if (filter is null)
        {
            return rules;
        }

        if (filter.Kinds is { Count: > 0 } kinds)
        {
            rules = rules.Where(r => kinds.Contains(r.Kind));
        }

        if (filter.UserId is not null)
        {
            // An id that is not a GUID names no user, like an unknown one (or another account's).
            var userId = Guid.TryParse(filter.UserId, out var id) ? id : Guid.Empty;
            rules = rules.Where(r => r.Kind == LicenseRuleKind.User && r.Subject == userId);
        }

        if (filter.GroupId is not null)
        {
            var groupId = Guid.TryParse(filter.GroupId, out var id) ? id : Guid.Empty;
            rules = rules.Where(r => r.Kind == LicenseRuleKind.Group && r.Subject == groupId);
        }

        if (filter.Orphaned is { } orphaned)
        {
            rules = orphaned ? rules.Where(r => r.OrphanedAt != null) : rules.Where(r => r.OrphanedAt == null);
        }

        return rules;
    }
}
