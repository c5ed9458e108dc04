namespace CatoScim.Licensing.Rules;

/// <summary>The group a GROUP rule names, from Licensing's copy (kept with its name after the group is deleted, while an orphaned rule names it).</summary>
internal sealed record RuleGroup(Guid Id, string Name);
