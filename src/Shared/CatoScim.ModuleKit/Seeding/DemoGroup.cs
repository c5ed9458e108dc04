namespace CatoScim.ModuleKit.Seeding;

/// <summary>A demo group and its members (users of the same directory, each once).</summary>
public sealed record DemoGroup(Guid Id, Guid? DirectoryId, string Name, string? ExternalId, DateTime CreatedAt, IReadOnlyList<Guid> MemberIds);
