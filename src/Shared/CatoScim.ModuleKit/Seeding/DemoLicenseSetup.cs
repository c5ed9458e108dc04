namespace CatoScim.ModuleKit.Seeding;

/// <summary>The demo account's SDP licences: the seats bought, and the groups and users that GROUP and USER rules name.</summary>
public sealed record DemoLicenseSetup(int PoolTotal, IReadOnlyList<Guid> RuleGroupIds, IReadOnlyList<Guid> RuleUserIds, DateTime RulesCreatedAt);
