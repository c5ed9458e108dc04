namespace CatoScim.Licensing.Rules;

/// <summary>Also the seat's `Via`; the numeric order is the allocation tier (direct users first).</summary>
internal enum LicenseRuleKind
{
    User = 0,
    Group = 1,
    AllScimUsers = 2,
}
