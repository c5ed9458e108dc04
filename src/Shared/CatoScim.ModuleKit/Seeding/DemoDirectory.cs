namespace CatoScim.ModuleKit.Seeding;

/// <summary>A SCIM directory of the demo account; `Provider` is OKTA, ENTRA or OTHER.</summary>
public sealed record DemoDirectory(Guid Id, string Name, string Provider, DateTime CreatedAt);
