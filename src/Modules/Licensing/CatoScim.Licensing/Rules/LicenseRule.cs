namespace CatoScim.Licensing.Rules;

internal sealed class LicenseRule
{
    public Guid Id { get; init; }
    public Guid AccountId { get; init; }
    public LicenseRuleKind Kind { get; init; }
    public Guid? UserId { get; init; }
    public Guid? GroupId { get; init; }

    /// <summary>UserId, GroupId or empty: SQL unique indexes treat NULLs as distinct, so uniqueness is keyed on this.</summary>
    public Guid Subject { get; init; }

    public DateTime CreatedAt { get; init; }
    public string CreatedBy { get; init; } = "";

    /// <summary>The rule's own last change: being orphaned; until then its creation.</summary>
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";

    /// <summary>When the group a GROUP rule names was deleted; the rule then covers nobody until an admin deletes it.</summary>
    public DateTime? OrphanedAt { get; set; }

    public void Touch(DateTime now, string actor)
    {
        UpdatedAt = now;
        UpdatedBy = actor;
    }
}
