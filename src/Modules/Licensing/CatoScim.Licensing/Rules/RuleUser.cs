namespace CatoScim.Licensing.Rules;

/// <summary>The user a USER rule names, from Licensing's copy.</summary>
internal sealed record RuleUser(Guid Id, string UserName);
